extension FunctionGraph {
  /// Makes `client` use `new` instead of the variable it uses now (Theano's `change_input`).
  /// - Throws: ``GraphError/typeMismatch(expected:actual:reason:)`` when the types differ, or
  ///   ``GraphError/missingInput(message:trace:)`` when `new` needs an undeclared input.
  public func changeInput(_ client: Client, to new: Variable, reason: String) throws {
    let old: Variable
    switch client {
    case .output(let index): old = outputs[index]
    case .node(let node, let index): old = node.inputs[index]
    }
    guard typesEqual(old.type, new.type) else {
      throw GraphError.typeMismatch(
        expected: "\(old.type)", actual: "\(new.type)", reason: reason)
    }
    if old === new { return }
    try importVariable(new, reason: reason)
    switch client {
    case .output(let index): outputs[index] = new
    case .node(let node, let index): node.inputs[index] = new
    }
    structureChanged()
    clientsOf[new, default: []].append(client)
    removeClient(client, of: old, reason: reason)
    for feature in features {
      feature.onChangeInput(self, client: client, old: old, new: new, reason: reason)
    }
  }

  /// Makes every use of `old` use `new` (Theano's `replace`); does nothing if `old` is not here.
  public func replace(_ old: Variable, with new: Variable, reason: String) throws {
    guard contains(old) else { return }
    guard typesEqual(old.type, new.type) else {
      throw GraphError.typeMismatch(
        expected: "\(old.type)", actual: "\(new.type)", reason: reason)
    }
    for client in clients(of: old) {
      // A previous change in this loop may have removed this use already.
      guard clients(of: old).contains(client) else { continue }
      try changeInput(client, to: new, reason: reason)
    }
  }

  /// Replaces each pair in order, then validates; on failure every change is undone and the
  /// validation error is rethrown (Theano's `replace_all_validate`). With `removing`, a
  /// replacement that leaves one of those variables in the graph is undone too
  /// (`replace_all_validate_remove`).
  public func replaceAllValidate(
    _ pairs: [(Variable, Variable)], removing: [Variable] = [], reason: String
  ) throws {
    var done: [(Client, Variable)] = []
    do {
      for (old, new) in pairs {
        guard contains(old) else { continue }
        for client in clients(of: old) {
          guard clients(of: old).contains(client) else { continue }
          try changeInput(client, to: new, reason: reason)
          done.append((client, old))
        }
      }
      try validate()
      if let kept = removing.first(where: contains) {
        throw GraphError.inconsistency("The replacement did not remove \(kept)")
      }
    } catch {
      for (client, old) in done.reversed() {
        try? changeInput(client, to: old, reason: "revert \(reason)")
      }
      throw error
    }
  }
}
