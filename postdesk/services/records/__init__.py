"""Every service given or declined, per client: records, reasons, competitors, timeline, reports."""
