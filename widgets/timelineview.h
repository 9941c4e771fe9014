#pragma once

#include "widgettypes.h"

#include <QListWidget>

namespace izdesk {

// A ticket's timeline, oldest first: internal notes, replies to the caller and call logs,
// each with a kind label, a glyph and a tinted background so the three never look alike
// (notes are never mistaken for something the caller saw). Read-only; GUI thread only.
class TimelineView : public QListWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setEntries(const QList<TimelineRow> &entries);
    void appendEntry(const TimelineRow &entry);
    static QString headline(const TimelineRow &entry);
};

} // namespace izdesk
