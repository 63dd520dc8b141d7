/// The engine's loops stop through ``Interruption``; its users see it with the engine.
@_exported import Interrupts
