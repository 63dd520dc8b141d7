// Shared test helpers.
enum _TestSupportPlaceholder {}
