// Placeholder: replaced as the module is built.
enum _NumPyBridgePlaceholder {}
