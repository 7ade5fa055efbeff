-- Whether an attached specialist came is worked out when read, from the attachments on the meeting's day, so an
-- attachment entered late, back-dated, counts for meetings recorded before it.
alter table meeting drop column specialist_attended;
