"""Printed forms: pure functions from data to PDF bytes, built with ReportLab. No Qt."""
