import MiniPython
import SymbolicGraph
import SymbolicTensor

/// `f.maker` (Theano's `FunctionMaker`): what made a compiled function; its `fgraph` is the
/// optimized graph.
final class FunctionMakerObject: PyObject {
  let compiled: CompiledFunction

  init(_ compiled: CompiledFunction, session: TheanoSession) {
    self.compiled = compiled
    super.init(type: session.types.functionMaker)
  }
}

/// A function graph (`f.maker.fgraph`): `inputs`, `outputs`, `apply_nodes`, `toposort()`.
final class FunctionGraphObject: PyObject {
  let fgraph: FunctionGraph

  init(_ fgraph: FunctionGraph, session: TheanoSession) {
    self.fgraph = fgraph
    super.init(type: session.types.functionGraph)
  }
}

extension TheanoSession {
  func defineFunctionMakerClasses() {
    types.functionMaker.defineProperty("fgraph") { [unowned self] _, value in
      guard let maker = value.object as? FunctionMakerObject else { return .none }
      return .object(FunctionGraphObject(maker.compiled.fgraph, session: self))
    }
    let graph = types.functionGraph
    graph.defineProperty("inputs") { [unowned self] _, value in
      .list(((value.object as? FunctionGraphObject)?.fgraph.inputs ?? []).map(self.wrap))
    }
    graph.defineProperty("outputs") { [unowned self] _, value in
      .list(((value.object as? FunctionGraphObject)?.fgraph.outputs ?? []).map(self.wrap))
    }
    graph.defineMethod("toposort") { [unowned self] _, arguments in
      let me = try arguments.receiver(as: FunctionGraphObject.self, method: "FunctionGraph.toposort")
      return .list(try self.bridged { try me.fgraph.toposort() }.map { .object(ApplyObject($0, session: self)) })
    }
  }
}
