"""Qt side of printing: the preview of exactly what prints, the printer, the print settings."""
