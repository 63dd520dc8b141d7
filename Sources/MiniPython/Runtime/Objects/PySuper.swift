/// The object `super()` returns: attribute lookup starts after `startAfter` in the receiver's MRO.
public final class PySuper: PyObject {
  let startAfter: PyType
  let receiver: PyValue

  init(startAfter: PyType, receiver: PyValue) {
    self.startAfter = startAfter
    self.receiver = receiver
    super.init(type: BuiltinTypes.superType)
  }
}
