#!/usr/bin/python3
# test-a11y.py: what a screen reader hears, read over AT-SPI
#
# Starts the real program on the sample outline, with the accessibility
# bus of the session bus that the test command starts, and reads its
# accessibility tree as Orca would: every control a person can reach must
# have a name, and no widget of ours may be announced by its type name, in
# English and in Chinese.  Then it drives the outline with the keyboard
# and a real pointer (xdotool) and checks what the focused row says.
#
# Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

APP = os.environ['SYL_APP']
SAMPLE = os.environ['SYL_SAMPLE']

# Roles a person reaches with the keyboard and acts on.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'entry',
    'text', 'password text', 'spin button', 'combo box', 'slider', 'link',
    'menu item', 'switch', 'list', 'tree', 'tree item', 'table', 'page tab',
}
TYPE_NAME = re.compile(r'^(Gtk|Adw|Syl)[A-Z][A-Za-z]*$')

results = []


def check(ok, name, detail=''):
    results.append((ok, name, detail))
    print(('ok' if ok else 'not ok') + ' %d - %s' % (len(results), name))
    if not ok and detail:
        for line in detail.splitlines():
            print('# ' + line)
    sys.stdout.flush()


def wait_for(predicate, timeout=30.0):
    """The predicate's first true value.  The tree changes while it is
    read (list rows come and go as the list lays itself out): an object
    that went away between being listed and being asked is not yet an
    answer."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = predicate()
        except gi.repository.GLib.Error:
            value = None
        if value:
            return value
        time.sleep(0.1)
    return None


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except gi.repository.GLib.Error:
            continue
    return None


def walk(node, path=()):
    """Every object under node, with the path of roles that leads to it."""
    try:
        role = node.get_role_name()
        count = node.get_child_count()
    except gi.repository.GLib.Error:
        return
    here = path + (role,)
    yield node, here
    for i in range(count):
        child = node.get_child_at_index(i)
        if child is not None:
            yield from walk(child, here)


def on_screen(node):
    """Whether the object takes room in its window: a widget in a closed
    revealer or popover is not there for a person either."""
    try:
        extents = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
    except (gi.repository.GLib.Error, TypeError):
        return False
    return extents.width > 0 and extents.height > 0


def nameless(node):
    """What is wrong with the object's name, or None.  An object that went
    away while the window was read has nothing left to name."""
    try:
        name = node.get_name() or ''
        role = node.get_role_name()
        states = node.get_state_set()
    except gi.repository.GLib.Error:
        return None
    if TYPE_NAME.match(name) and name.startswith('Syl'):
        return 'announced by its type name %r' % name
    if role == 'list item':
        # GTK 4.8 cannot name a list item; the row inside it, which says
        # all, is checked as a tree item.
        return None
    if role not in CONTROL_ROLES or not states.contains(Atspi.StateType.FOCUSABLE):
        return None
    if not on_screen(node):
        return None
    if name.strip() == '':
        return 'a %s without a name' % role
    if TYPE_NAME.match(name):
        return 'a %s announced by its type name %r' % (role, name)
    return None


class App:
    """The program, in its own folders, on a copy of the sample."""

    def __init__(self, language):
        self.dir = tempfile.mkdtemp(prefix='syl-a11y-')
        self.file = os.path.join(self.dir, 'course.syllabus.json')
        shutil.copyfile(SAMPLE, self.file)
        env = dict(os.environ)
        for name in ('XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME'):
            env[name] = os.path.join(self.dir, name.lower())
        env.pop('NO_AT_BRIDGE', None)
        env['GTK_A11Y'] = 'atspi'
        if language == 'zh_CN':
            env.update(LANGUAGE='zh_CN', LC_ALL='zh_CN.UTF-8', LANG='zh_CN.UTF-8')
        else:
            env.update(LANGUAGE='en', LC_ALL='C.UTF-8')
        self.process = subprocess.Popen([APP, self.file], env=env)
        self.app = wait_for(lambda: find_app(self.process.pid))
        self.window = None
        if self.app is not None:
            self.window = wait_for(lambda: self.app.get_child_count() > 0
                                   and self.app.get_child_at_index(0))
            wait_for(lambda: self.tree_items())
            # The list makes and drops rows as it first lays itself out:
            # the checks read the window once the outline's rows stand.
            wait_for(self.rows_stand)

    def row_names(self):
        return [node.get_name() for node in self.tree_items()]

    def rows_stand(self):
        before = self.row_names()
        time.sleep(0.3)
        return len(before) > 0 and self.row_names() == before

    def tree_items(self):
        return [node for node, path in walk(self.window) if path[-1] == 'tree item']

    def focused_row(self):
        """What the focused outline row says: the list item takes the
        focus, and the row inside it says what it is."""
        for node, _ in walk(self.window):
            if not node.get_state_set().contains(Atspi.StateType.FOCUSED):
                continue
            if node.get_role_name() == 'tree item':
                return node.get_name()
            for child, _ in walk(node):
                if child.get_role_name() == 'tree item':
                    return child.get_name()
        return None

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def xdotool(*args):
    subprocess.run(['xdotool'] + [str(a) for a in args], check=True)


def key(names):
    xdotool('key', '--clearmodifiers', '--delay', '300', *names.split())


def row_center(app, title):
    """The window coordinates of the row whose name starts with title."""
    for node in app.tree_items():
        try:
            if title in node.get_name():
                return Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
        except gi.repository.GLib.Error:
            continue
    return None


def check_names(language):
    app = App(language)
    try:
        check(app.window is not None, '%s: the window is on the accessibility bus' % language)
        if app.window is None:
            return
        problems = []
        for node, path in walk(app.window):
            wrong = nameless(node)
            if wrong:
                problems.append('%s: %s' % (' > '.join(path[-4:]), wrong))
        check(not problems, '%s: every control has a name' % language, '\n'.join(problems))
        rows = app.tree_items()
        check(len(rows) > 10, '%s: the outline is a tree of named rows' % language,
              'tree items: %d' % len(rows))
        names = wait_for(app.row_names) or []
        if language == 'zh_CN':
            expected = '1.3 大模型为什么能产生质变？，第 2 级'
        else:
            expected = '1.3 大模型为什么能产生质变？, level 2'
        check(expected in names, '%s: a row says its number, title and level' % language,
              'expected %r among %r' % (expected, names[:6]))
    finally:
        app.close()


def window_origin():
    """Where the window is on the screen, for the pointer."""
    out = subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--class', 'syllabus',
                          'getwindowgeometry', '--shell'],
                         check=True, capture_output=True, text=True).stdout
    values = dict(line.split('=', 1) for line in out.split() if '=' in line)
    return int(values['X']), int(values['Y'])


def drag(start, end):
    """A person's drag: press, move in small steps, rest on the target for
    about a second, release."""
    xdotool('mousemove', *start)
    time.sleep(0.3)
    xdotool('mousedown', 1)
    steps = 20
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i // steps
        y = start[1] + (end[1] - start[1]) * i // steps
        xdotool('mousemove', x, y)
        time.sleep(0.03)
    time.sleep(1.0)
    xdotool('mouseup', 1)


def check_focus():
    app = App('en')
    try:
        if app.window is None:
            check(False, 'keyboard: the window is on the accessibility bus')
            return
        first = wait_for(lambda: row_center(app, '1 AI'))
        origin = window_origin()
        # A click on the first chapter's title selects it and gives the
        # outline the keyboard focus.
        xdotool('mousemove', origin[0] + first.x + first.width // 2,
                origin[1] + first.y + first.height // 2)
        xdotool('click', 1)
        said = wait_for(lambda: (app.focused_row() or '').startswith('1 AI') and app.focused_row())
        check(bool(said), 'a click: the focused row says its chapter',
              'focused: %r' % app.focused_row())

        key('Down')
        expected = '1.1 什么是“大模型、多模态”？, level 2'
        said = wait_for(lambda: app.focused_row() == expected and expected, 10)
        check(bool(said), 'Down: the focused row says "%s"' % expected,
              'focused: %r' % app.focused_row())

        key('alt+Down')
        expected = '1.2 什么是“大模型、多模态”？, level 2'
        said = wait_for(lambda: app.focused_row() == expected and expected, 10)
        check(bool(said), 'Alt+Down: the moved row says its new number',
              'focused: %r' % app.focused_row())

        # Drag it back above "1.1 大模型带来了什么？": the upper edge of
        # that row is the place before it.
        source = wait_for(lambda: row_center(app, '什么是'), 10)
        target = wait_for(lambda: row_center(app, '大模型带来了什么'), 10)
        drag((origin[0] + source.x + source.width // 3, origin[1] + source.y + source.height // 2),
             (origin[0] + target.x + target.width // 3, origin[1] + target.y + 3))
        expected = '1.1 什么是“大模型、多模态”？, level 2'
        said = wait_for(lambda: expected in [row.get_name() for row in app.tree_items()]
                        and app.focused_row() == expected, 10)
        check(bool(said), 'a drag: the dropped row says its new number',
              'focused: %r' % app.focused_row())

        check_dialog(app, 'ctrl+m', 'Move To')
        check_dialog(app, 'ctrl+comma', 'Preferences')
        # F10 opens the main menu, where E is Export's mnemonic.
        check_dialog(app, 'F10 e', 'Export')
        check_import_preview(app)
        check_merge(app)
        # The outline has changed: closing the window asks first.
        check_dialog(app, 'ctrl+w', 'Save changes')
    finally:
        app.close()


def top_windows(app):
    return [app.app.get_child_at_index(i) for i in range(app.app.get_child_count())]


def focused_in(window):
    for node, _ in walk(window):
        if node.get_state_set().contains(Atspi.StateType.FOCUSED):
            return node
    return None


def is_gone(app, window):
    """GTK may keep a closed window on the bus for a while, without its
    visible state."""
    if window not in top_windows(app):
        return True
    try:
        states = window.get_state_set()
    except gi.repository.GLib.Error:
        return True
    return (states.contains(Atspi.StateType.DEFUNCT)
            or not states.contains(Atspi.StateType.VISIBLE))


def check_dialog(app, keys, what):
    """A dialog opened from the keyboard: every control named, the focus
    inside it, and Escape closes it and leaves the window."""
    before = [w for w in top_windows(app) if not is_gone(app, w)]
    key(keys)
    dialog = wait_for(lambda: next((w for w in top_windows(app)
                                    if w not in before and not is_gone(app, w)), None), 10)
    check(bool(dialog), '%s: the dialog opens' % what)
    if not dialog:
        return
    wait_for(lambda: focused_in(dialog), 5)
    problems = []
    for node, path in walk(dialog):
        wrong = nameless(node)
        if wrong:
            problems.append('%s: %s' % (' > '.join(path[-4:]), wrong))
    check(not problems, '%s: every control of the dialog has a name' % what, '\n'.join(problems))
    focus = focused_in(dialog)
    check(focus is not None and focus.get_role_name() != 'dialog' and bool(focus.get_name()),
          '%s: the focus is on a named control in the dialog' % what,
          'focused: %r' % ((focus.get_role_name(), focus.get_name()) if focus else None,))
    key('Escape')
    closed = wait_for(lambda: is_gone(app, dialog), 10)
    check(bool(closed) and app.process.poll() is None,
          '%s: Escape closes the dialog and leaves the window' % what)


def check_import_preview(app):
    """The import preview, reached as a person does: F10, Import…, a
    path typed into the file chooser."""
    source = os.path.join(app.dir, 'plan.md')
    with open(source, 'w', encoding='utf-8') as f:
        f.write('# Week 1\n\n- Kick-off\n- Goals\n\n# Week 2\n\n- Review\n')
    before = [w for w in top_windows(app) if not is_gone(app, w)]
    key('F10 i')
    chooser = wait_for(lambda: next((w for w in top_windows(app)
                                     if w not in before and not is_gone(app, w)), None), 10)
    check(bool(chooser), 'Import: the file chooser opens')
    if not chooser:
        return
    time.sleep(0.5)
    xdotool('type', '--delay', '20', source)
    time.sleep(0.5)
    key('Return')
    preview = wait_for(lambda: next((w for w in top_windows(app)
                                     if w not in before and w != chooser
                                     and not is_gone(app, w)), None), 15)
    check(bool(preview), 'Import: the preview opens')
    if not preview:
        key('Escape')
        return
    wait_for(lambda: focused_in(preview), 5)
    problems = []
    for node, path in walk(preview):
        wrong = nameless(node)
        if wrong:
            problems.append('%s: %s' % (' > '.join(path[-4:]), wrong))
    check(not problems, 'Import: every control of the preview has a name', '\n'.join(problems))
    key('Escape')
    closed = wait_for(lambda: is_gone(app, preview), 10)
    check(bool(closed) and app.process.poll() is None,
          'Import: Escape closes the preview and leaves the window')


def new_window(app, before, timeout=15):
    return wait_for(lambda: next((w for w in top_windows(app)
                                  if w not in before and not is_gone(app, w)), None), timeout)


def check_names_in(window, what):
    wait_for(lambda: focused_in(window), 5)
    problems = []
    for node, path in walk(window):
        wrong = nameless(node)
        if wrong:
            problems.append('%s: %s' % (' > '.join(path[-4:]), wrong))
    check(not problems, '%s: every control has a name' % what, '\n'.join(problems))


def check_merge(app):
    """Merging a reviewer's copy, as a person does: F10, Merge Reviews…, a
    path typed into the file chooser, the question of a base, the report."""
    copy = os.path.join(app.dir, 'reviewed.syllabus.json')
    shutil.copyfile(SAMPLE, copy)
    before = [w for w in top_windows(app) if not is_gone(app, w)]
    key('F10 m')
    chooser = new_window(app, before, 10)
    check(bool(chooser), 'Merge: the file chooser opens')
    if not chooser:
        return
    time.sleep(0.5)
    xdotool('type', '--delay', '20', copy)
    time.sleep(0.5)
    key('Return')
    question = new_window(app, before + [chooser])
    check(bool(question), 'Merge: it asks for a base')
    if not question:
        key('Escape')
        return
    check_names_in(question, 'Merge base question')
    # "Merge Without Base", the answer that needs no other file.
    key('alt+w')
    report = new_window(app, before + [chooser, question])
    check(bool(report), 'Merge: the report opens')
    if not report:
        return
    check_names_in(report, 'Merge report')
    key('Escape')
    closed = wait_for(lambda: is_gone(app, report), 10)
    check(bool(closed) and app.process.poll() is None,
          'Merge: Escape closes the report and leaves the window')


def main():
    check_names('en')
    check_names('zh_CN')
    check_focus()
    print('1..%d' % len(results))
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
