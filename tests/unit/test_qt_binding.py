"""Guards against a Qt binding that would crash long sessions.

PySide6 6.12.0's Signal.emit() returns True without taking a reference: every emit lowers
True's reference count until the interpreter aborts ("bool_dealloc"). A consultant answering
hundreds of questions emits thousands of signals, so such a binding must never ship.
"""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_does_not_leak_references_to_true_or_false():
    emitter = Emitter()
    emitter.changed.connect(lambda _text: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        emitter.changed.emit("answer")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert abs(after[0] - before[0]) < 10 and abs(after[1] - before[1]) < 10
