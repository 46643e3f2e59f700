"""Use cases: the only code that writes to the database.

Each public method is one user action in one transaction: it checks the actor's
role, changes the data, writes the audit trail and returns plain data.
"""
