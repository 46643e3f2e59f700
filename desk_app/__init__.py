"""物业前台 — front desk of a residential property-management service center."""

__version__ = "0.1.0"
