"""The reference shelf: price lists, delivery-time norms, the transport schedule, forms and stock,
organisations and guiding documents, and the capacity of the identifier ranges."""
