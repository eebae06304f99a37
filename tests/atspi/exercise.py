#!/usr/bin/env python3
"""A whole exercise by keyboard, judged through AT-SPI, the bus the Orca
screen reader reads on Linux (run by tests/atspi.rs).

Starts, all private to this run: Xvfb, a D-Bus session, the AT-SPI bus
(at-spi-bus-launcher), turns the accessibility flag on as Orca does
(org.a11y.Status IsEnabled and ScreenReaderEnabled), then the real binary
with a fresh HOME and data folder. Then, by keyboard (xdotool) only:

- the focus starts on Start; Enter starts an exercise;
- before each key, the focused node is a card still in the pile, and the
  key places that card: afterwards its name says the bin it went to;
- Enter on a card checks; the results are shown with the focus on a button;
- in Browse, Down from the first row reaches every card of the list (as
  many as the list's name says, and as many as `srm-study list` counts);
- on every screen, no focusable node is without a name.

Usage: exercise.py BINARY. Prints "atspi: PASS" or fails with what it saw.
"""

import collections
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

BINARY = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="srm-atspi-")
PROCS = []
# The last keys sent and focus events seen, said when the check fails.
TRACE = collections.deque(maxlen=40)


def fail(message):
    log = os.path.join(WORK, "data", "app.log")
    if os.path.exists(log):
        with open(log, encoding="utf-8", errors="replace") as f:
            message += "\n--- app log ---\n" + f.read()[-4000:]
    if TRACE:
        message += "\n--- the last keys and focus events ---\n" + "\n".join(TRACE)
    raise SystemExit("atspi: FAIL: " + message)


def start(args, **kwargs):
    proc = subprocess.Popen(args, **kwargs)
    PROCS.append(proc)
    return proc


def read_line(fd, seconds, what):
    ready, _, _ = select.select([fd], [], [], seconds)
    if not ready:
        fail(f"{what} said nothing within {seconds} s")
    return os.read(fd, 256).decode().strip()


def wait_for(seconds, check, what):
    """Polls `check` until it returns something true; `what` (a string, or
    a function giving one, to say what was seen instead) names it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        result = check()
        if result:
            return result
        pump(0.05)
    fail(f"waited {seconds} s for {what() if callable(what) else what}")


def pump(seconds):
    """Lets AT-SPI events arrive (no-op before pyatspi is loaded)."""
    if "GLIB" in globals():
        end = time.monotonic() + seconds
        context = GLIB.MainContext.default()
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.01)
    else:
        time.sleep(seconds)


def buses():
    """Xvfb, a D-Bus session and the AT-SPI bus; returns the environment."""
    env = dict(os.environ)
    read_fd, write_fd = os.pipe()
    start(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    display = ":" + read_line(read_fd, 20, "Xvfb")
    dbus = start(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    address = read_line(dbus.stdout.fileno(), 20, "dbus-daemon")
    home = os.path.join(WORK, "home")
    runtime = os.path.join(WORK, "run")
    os.makedirs(home)
    os.makedirs(runtime, mode=0o700)
    env.update(
        DISPLAY=display,
        DBUS_SESSION_BUS_ADDRESS=address,
        HOME=home,
        XDG_RUNTIME_DIR=runtime,
        XDG_CONFIG_HOME=os.path.join(home, ".config"),
        XDG_DATA_HOME=os.path.join(home, ".local", "share"),
    )
    env.pop("WAYLAND_DISPLAY", None)
    launcher = os.environ.get("SRM_STUDY_ATSPI_LAUNCHER", "/usr/libexec/at-spi-bus-launcher")
    start([launcher, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL)

    def owned():
        out = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
             "string:org.a11y.Bus"],
            env=env, capture_output=True, text=True,
        )
        return "boolean true" in out.stdout

    wait_for(20, owned, "the AT-SPI bus launcher (org.a11y.Bus)")
    # The accessibility flag, as Orca sets it when it starts.
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status",
             f"string:{prop}", "variant:boolean:true"],
            env=env, check=True, capture_output=True,
        )
    return env


ENV = None
FOCUSED = [None]


def on_focus(event):
    TRACE.append(f"{time.monotonic():.3f} focus {'+' if event.detail1 == 1 else '-'} "
                 f"{name(event.source)!r}")
    if event.detail1 == 1:
        FOCUSED[0] = event.source


def name(node):
    try:
        return node.name or ""
    except Exception:  # a node gone from the tree
        return ""


def walk(node, depth=0):
    yield node
    if depth > 60:
        return
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child, depth + 1)


def unnamed_focusable(app, screen):
    bad = []
    for node in walk(app):
        try:
            states = node.getState()
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            role = node.getRoleName()
        except Exception:
            continue
        if focusable and not name(node).strip():
            bad.append(role)
    if bad:
        fail(f"{screen}: {len(bad)} focusable node(s) without a name: {bad}")


def key(window, *keys):
    TRACE.append(f"{time.monotonic():.3f} key {' '.join(keys)}")
    subprocess.run(["xdotool", "key", "--window", window, *keys], env=ENV, check=True)


def find(app, predicate):
    for node in walk(app):
        try:
            if predicate(node):
                return node
        except Exception:  # a node removed while the tree is walked
            continue
    return None


def focused_name():
    return name(FOCUSED[0]) if FOCUSED[0] is not None else ""


def main():
    global ENV, pyatspi, GLIB
    ENV = buses()
    os.environ.update(ENV)
    import pyatspi as _pyatspi
    from gi.repository import GLib as _glib

    pyatspi = _pyatspi
    GLIB = _glib
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")

    data = os.path.join(WORK, "data")
    os.makedirs(data)
    listing = subprocess.run([BINARY, "list"],
                             env=dict(ENV, SRM_STUDY_DATA_DIR=data, SRM_STUDY_LANG="en"),
                             capture_output=True, text=True, check=True).stdout
    # "srm-core<TAB>title<TAB>131 items, 9 service stacks<TAB>where"
    deck_cards = sum(int(m) for m in re.findall(r"\t(\d+) items", listing))
    if deck_cards == 0:
        fail(f"`srm-study list` counts no cards:\n{listing}")
    app_env = dict(ENV, SRM_STUDY_DATA_DIR=data, SRM_STUDY_LANG="en")
    with open(os.path.join(data, "app.log"), "w") as log:
        start([BINARY, "--area", "sort"], env=app_env, stderr=log, stdout=subprocess.DEVNULL)

    def window_id():
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^SRM Study$"],
                             env=ENV, capture_output=True, text=True)
        return out.stdout.split()[0] if out.stdout.split() else None

    window = wait_for(30, window_id, "the window titled SRM Study")

    def focus_window():
        return subprocess.run(["xdotool", "windowfocus", "--sync", window], env=ENV,
                              capture_output=True).returncode == 0

    wait_for(10, focus_window, "the keyboard focus on the window")

    def the_app():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and any(name(w) == "SRM Study" for w in app):
                return app
        return None

    def seen():
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        return [(name(a), [(w.getRoleName(), name(w)) for w in a]) for a in apps if a]

    app = wait_for(30, the_app,
                   lambda: f"the app on the AT-SPI bus with a window named SRM Study: {seen()}")

    # The start screen: the focus is on Start.
    wait_for(10, lambda: "Start exercise" in focused_name(), "the focus on Start")
    unnamed_focusable(app, "the start screen")
    key(window, "Return")
    wait_for(10, lambda: find(app, lambda n: name(n).startswith("Pile, 12 cards")),
             "the board with a pile of 12")
    unnamed_focusable(app, "the board")

    # Every card by keyboard: what has the focus is what the key places.
    bins = {"a": "AWS", "c": "Customer", "s": "Shared"}
    keys = "acs" * 4
    placed = []
    for step, letter in enumerate(keys):
        card = wait_for(5, lambda: FOCUSED[0], "a focused card")
        text = name(card)
        if ", in the " in text or not text:
            fail(f"step {step}: the focus is on {text!r}, not a card in the pile")
        key(window, letter)
        where = f"{text}, in the {bins[letter]} bin"
        # Instant feedback (the default) adds the mark: "(right)" or "(wrong,
        # belongs to ...)".
        wait_for(5, lambda: name(card).startswith(where),
                 f"step {step}: the card's name to say {where!r} (it says {name(card)!r})")
        placed.append(text)
        if step < len(keys) - 1:
            wait_for(5, lambda: focused_name() and not focused_name().startswith(where),
                     f"step {step}: the focus to move to the next card")
    if len(set(placed)) != 12:
        fail(f"placed {len(set(placed))} different cards, not 12: {placed}")
    wait_for(5, lambda: find(app, lambda n: name(n).startswith("Pile, 0 cards")), "an empty pile")

    # Enter on a card checks; the results take the focus.
    key(window, "Return")
    wait_for(10, lambda: find(app, lambda n: "Score " in name(n)), "the score")
    wait_for(5, lambda: "Retry missed" in focused_name() or focused_name() == "New exercise",
             f"the focus on the results' first button (it is on {focused_name()!r})")
    unnamed_focusable(app, "the results")

    # Browse: every card of the list, by the Down key.
    back = find(app, lambda n: name(n) == "Back to Browse")
    if back is None:
        fail("no Back to Browse button")
    back.queryComponent().grabFocus()
    wait_for(5, lambda: focused_name() == "Back to Browse", "the focus on Back to Browse")
    key(window, "Return")
    cards_list = wait_for(10, lambda: find(
        app, lambda n: n.getRoleName() == "list" and name(n).startswith("Cards, ")),
        "Browse's list of cards")
    count = int(name(cards_list).split(", ")[1])
    if count != deck_cards:
        fail(f"Browse lists {count} cards, the decks hold {deck_cards}")
    unnamed_focusable(app, "Browse")
    first = find(cards_list, lambda n: n.getRoleName() in ("push button", "toggle button"))
    if first is None:
        fail("Browse's list has no row")
    first.queryComponent().grabFocus()
    wait_for(5, lambda: FOCUSED[0] is not None and name(FOCUSED[0]) == name(first),
             "the focus on the first row")
    def focused_row():
        """The name of the focused row of the list, or "" when the focus
        is elsewhere (the window itself, between two rows' events)."""
        node = FOCUSED[0]
        try:
            if node is None or node.getRoleName() not in ("push button", "toggle button"):
                return ""
        except Exception:
            return ""
        return name(node)

    def x_focus():
        return subprocess.run(["xdotool", "getwindowfocus"], env=ENV, capture_output=True,
                              text=True).stdout.strip()

    reached = [focused_row()]
    for row in range(1, count):
        before = reached[-1]
        key(window, "Down")
        wait_for(5, lambda: focused_row() and focused_row() != before,
                 lambda: f"row {row + 1} of {count} to take the focus after {before!r} "
                         f"(the focus is on {focused_name()!r}; X focus {x_focus()}, "
                         f"the window is {window})")
        reached.append(focused_row())
    if len(set(reached)) != count:
        fail(f"Down reached {len(set(reached))} different rows of {count}")
    print(f"atspi: PASS ({len(placed)} cards placed by keyboard, {count} Browse rows reached)")


try:
    main()
finally:
    for proc in reversed(PROCS):
        proc.terminate()
    for proc in reversed(PROCS):
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
    shutil.rmtree(WORK, ignore_errors=True)
