"""The Qt front end of Agent Console. Talks to ``console`` only through its services."""
