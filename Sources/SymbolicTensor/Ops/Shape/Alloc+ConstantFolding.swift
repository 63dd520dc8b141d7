import SymbolicGraph

/// An op whose constant folding depends on how its output is used (Theano's
/// `do_constant_folding` reading `node.outputs[0].clients`).
protocol ClientAwareConstantFolding: Op {
  /// Whether a node of this op with only constant inputs may be folded, given its output's uses.
  func doesConstantFolding(_ node: Apply, clients: [Client]) -> Bool
}

extension Alloc: ClientAwareConstantFolding {
  /// Theano's `Alloc.do_constant_folding`: not when the result is a graph output (it would be
  /// copied at every call) or is overwritten in place by its client, nor when it has no client.
  func doesConstantFolding(_ node: Apply, clients: [Client]) -> Bool {
    if clients.isEmpty { return false }
    for client in clients {
      switch client {
      case .output: return false
      case .node(let consumer, let index):
        let inplaceOnInput0 =
          consumer.op is IncSubtensor || consumer.op is AdvancedIncSubtensor1
          || consumer.op is AdvancedIncSubtensor || consumer.op is Gemv || consumer.op is Ger
        if index == 0 && inplaceOnInput0 { return false }
      }
    }
    return true
  }
}
