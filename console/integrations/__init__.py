"""Things that cross the machine boundary: the CRM REST connector (``crm``), the screen-pop
listener for the PBX and softphones (``pop_listener``), and later calendar export.

Every module here turns network failures into ``UserFacingError`` subclasses written for the
agent, so a slow or broken outside system never takes the console down with it.
"""
