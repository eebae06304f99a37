#!/usr/bin/env python3
"""Waits for a window's first painted frame, for scripts/compare_window.sh.

    first_frame.py --title TITLE --since EPOCH_MS --pid PID [--timeout SECS]

Polls the X display ($DISPLAY) every 2 ms for a viewable window named TITLE
and reads its pixels straight from the X server (XGetImage through libX11,
no extra package). Prints two numbers in milliseconds since EPOCH_MS (when
the caller started the program): when the window was first seen viewable,
and when it first showed more than 10 colours, i.e. a painted frame rather
than a cleared window. The second time is taken when the grab that saw the
frame *began*, so it errs late by one grab (about 5 ms at 1280x800), never by
the time spent looking at the pixels.

Exits 1 when PID exits first or nothing is shown within the timeout, 2 when
the display or libX11 is missing.

Why not `import | convert` in a loop, as the script first did: one round of
those takes 250 to 300 ms under Xvfb, competes for the CPU with the program
being measured, and the time was taken after it finished, so the measure was
mostly the grab's own time, quantised to its length.
"""

import argparse
import ctypes
import ctypes.util
import os
import sys
import time

IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFF


class WindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, up to the ones read here.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


def load_xlib():
    name = ctypes.util.find_library("X11")
    if not name:
        sys.exit("first_frame: libX11 is missing")
    x = ctypes.cdll.LoadLibrary(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    ulong_p = ctypes.POINTER(ctypes.c_ulong)
    x.XQueryTree.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ulong_p,
        ulong_p,
        ctypes.POINTER(ulong_p),
        ctypes.POINTER(ctypes.c_uint),
    ]
    x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_void_p)]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(WindowAttributes),
    ]
    x.XGetImage.restype = ctypes.POINTER(XImage)
    x.XGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    ]
    x.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
    return x


# A window that disappears between two requests raises an X error; the next
# poll simply looks again, so errors are ignored rather than fatal.
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
    lambda _display, _event: 0
)


def find_window(x, display, window, title):
    name = ctypes.c_void_p()
    if x.XFetchName(display, window, ctypes.byref(name)) and name.value:
        found = ctypes.string_at(name.value) == title
        x.XFree(name)
        if found:
            return window
    root, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not x.XQueryTree(
        display, window, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count)
    ):
        return None
    try:
        for i in range(count.value):
            hit = find_window(x, display, children[i], title)
            if hit:
                return hit
    finally:
        if children:
            x.XFree(children)
    return None


def colours_over_ten(x, display, window, width, height):
    image = x.XGetImage(display, window, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
    if not image:
        return False
    try:
        img = image.contents
        if img.bits_per_pixel != 32:
            sys.exit(f"first_frame: expected 32 bits per pixel, got {img.bits_per_pixel}")
        stride = img.bytes_per_line
        pixels = ctypes.string_at(img.data, stride * img.height)
        seen = set()
        for y in range(img.height):
            seen.update(memoryview(pixels[y * stride : y * stride + 4 * img.width]).cast("I"))
            if len(seen) > 10:
                return True
        return False
    finally:
        x.XDestroyImage(image)


def alive(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    # A zombie is gone as far as drawing goes.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--title", required=True)
    parser.add_argument("--since", type=int, required=True, help="epoch milliseconds of the program's start")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()

    x = load_xlib()
    display = x.XOpenDisplay(None)
    if not display:
        print("first_frame: cannot open the display (is DISPLAY set?)", file=sys.stderr)
        sys.exit(2)
    x.XSetErrorHandler(ERROR_HANDLER)
    root = x.XDefaultRootWindow(display)
    title = args.title.encode()
    since = args.since / 1000.0
    elapsed_ms = lambda: (time.time() - since) * 1000.0

    window, viewable = None, None
    while elapsed_ms() < args.timeout * 1000.0:
        if not alive(args.pid):
            print(f"first_frame: process {args.pid} exited before showing a frame", file=sys.stderr)
            sys.exit(1)
        if window is None:
            window = find_window(x, display, root, title)
        if window is not None:
            attributes = WindowAttributes()
            if x.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
                if attributes.map_state == IS_VIEWABLE:
                    if viewable is None:
                        viewable = elapsed_ms()
                    grab_began = elapsed_ms()
                    if colours_over_ten(x, display, window, attributes.width, attributes.height):
                        print(f"{viewable:.0f} {grab_began:.0f}")
                        return
            else:
                window = None
        time.sleep(0.002)
    print(f"first_frame: no frame of '{args.title}' within {args.timeout:.0f} s", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
