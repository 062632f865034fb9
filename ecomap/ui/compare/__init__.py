"""The compare view: what changed between two saved versions, marked on the later map and listed in words.

``union`` joins the two maps into one drawing, ``marks`` decorates it
(badges and ghosts), ``change_list`` lists the changes, ``key`` explains the
badges, ``compare_view`` puts them together and ``host`` shows it in the
main window in place of the canvas.
"""
