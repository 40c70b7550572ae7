#!/usr/bin/python3
# validate-schema.py: check Syllabus outlines against the JSON Schema
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: validate-schema.py SCHEMA FILE...
#
# Checks SCHEMA itself, then validates each FILE against it and prints the
# results as TAP.  Exits 1 if any FILE fails, 2 on a usage error or a bad
# schema; without python3-jsonschema it prints a TAP skip and exits 0.
# The "date-time" format is checked when a format library such as
# rfc3339-validator is installed; the schema's own pattern applies anyway.

import json
import sys

try:
    import jsonschema
except ImportError:
    print("1..0 # SKIP python3-jsonschema is not installed")
    sys.exit(0)


def load_json(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return json.loads(data.decode("utf-8"))


def error_path(error):
    path = ""
    for part in error.absolute_path:
        if isinstance(part, int):
            path += "[%d]" % part
        else:
            path += ("." if path else "") + str(part)
    return path or "(top level)"


def describe(error):
    # For an anyOf/oneOf failure, say why the most specific alternative
    # failed: for "a date-time or an empty string", the date-time's reason.
    while error.context:
        specific = [e for e in error.context if e.validator not in ("const", "type")]
        error = jsonschema.exceptions.best_match(specific or error.context)
    return "%s: %s" % (error_path(error), error.message)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: %s SCHEMA FILE...\n" % argv[0])
        return 2

    validator_class = jsonschema.Draft202012Validator
    try:
        schema = load_json(argv[1])
        validator_class.check_schema(schema)
    except (OSError, ValueError) as e:
        print("Bail out! %s: %s" % (argv[1], e))
        return 2
    except jsonschema.exceptions.SchemaError as e:
        print("Bail out! %s: not a valid draft 2020-12 schema: %s" % (argv[1], e.message))
        return 2

    format_checker = getattr(validator_class, "FORMAT_CHECKER", None)
    if format_checker is None:
        format_checker = jsonschema.FormatChecker()
    validator = validator_class(schema, format_checker=format_checker)

    files = argv[2:]
    print("1..%d" % len(files))
    failed = 0
    for n, path in enumerate(files, 1):
        try:
            instance = load_json(path)
        except (OSError, ValueError) as e:
            failed += 1
            print("not ok %d - %s: cannot read it as JSON: %s" % (n, path, e))
            continue
        errors = sorted(validator.iter_errors(instance),
                        key=lambda e: (list(map(str, e.absolute_path)), e.message))
        if errors:
            failed += 1
            print("not ok %d - %s: %s" % (n, path, describe(errors[0])))
            for error in errors[1:]:
                print("# %s" % describe(error))
        else:
            print("ok %d - %s" % (n, path))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
