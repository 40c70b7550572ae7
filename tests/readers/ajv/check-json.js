// check-json.js: the JSON Schema and outlines, read by Ajv in strict mode
//
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node check-json.js SCHEMA [FILE...]
//
// Compiles SCHEMA as JSON Schema 2020-12 with every strict option on, so
// that an unknown keyword, a type left implicit or a "required" member
// with no definition is an error rather than a silent no-op; then
// validates each FILE against it.  Prints each error as "FILE: PATH:
// MESSAGE" on stderr.  Exits 0 when all is valid, 1 when a file is not,
// 2 when the schema is not or on a usage error.
"use strict";

const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

function load(path) {
  let text = fs.readFileSync(path, "utf8");
  if (text.charCodeAt(0) === 0xfeff)
    text = text.slice(1);
  return JSON.parse(text);
}

function main(argv) {
  if (argv.length < 1) {
    process.stderr.write("usage: node check-json.js SCHEMA [FILE...]\n");
    return 2;
  }

  let validate;
  try {
    const ajv = new Ajv2020({ strict: true, strictTypes: true, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(load(argv[0]));
  } catch (e) {
    process.stderr.write(argv[0] + ": " + e.message + "\n");
    return 2;
  }

  let status = 0;
  for (const path of argv.slice(1)) {
    let data;
    try {
      data = load(path);
    } catch (e) {
      process.stderr.write(path + ": " + e.message + "\n");
      status = 1;
      continue;
    }
    if (!validate(data)) {
      for (const error of validate.errors)
        process.stderr.write(path + ": " + (error.instancePath || "(top level)") + ": " +
                             error.message + "\n");
      status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
