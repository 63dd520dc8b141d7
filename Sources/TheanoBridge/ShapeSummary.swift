import MiniPython
import SymbolicTensor

extension TheanoSession {
  /// The line the `shapes` block option adds for a bound name: `z: TensorType(float64, matrix),
  /// shape (x.shape[0] + y.shape[0], x.shape[1])`; nil when `value` is not a symbolic variable.
  /// - Parameters:
  ///   - name: the name the block bound.
  ///   - value: its value.
  public func shapeSummary(name: String, value: PyValue) -> String? {
    guard let variable = (value.object as? VariableObject)?.variable,
      variable.tensorType != nil
    else { return nil }
    let shape = (try? describeShape(of: variable)) ?? "unknown"
    return "\(name): \(variable.type), shape \(shape)"
  }
}
