#pragma once

#include "storage/databaseconfig.h"

#include "matching/matchscorer.h"
#include "matching/nicknametable.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace izdesk::server {

// Clusters of the review worklist (contracts-duplicates.md, "Clusters"): the open candidate
// pairs are joined into connected groups, and each group is split by ClusterBuilder into
// clusters whose members were ALL scored against one another just now (MatchScorer + the
// pair guards, "not a duplicate" decisions honoured). Only clusters of three or more are
// listed — pairs are the pair worklist. Reads only; joins the caller's transaction. One
// thread, with that thread's connection.
class DuplicateClusters
{
public:
    struct Filter
    {
        matching::MatchScorer::Grade minGrade = matching::MatchScorer::Grade::Possible;
        QString facility;                 // a member's owning facility; "" = any
        bool includeSharingLocked = true; // false: pairs with a sharing-locked side are left out
        int limit = 20;                   // clusters; a group's clusters always come together
        std::optional<qint64> after;      // group key (smallest member id) of the last page
    };

    struct Page
    {
        QList<QJsonObject> clusters;
        std::optional<qint64> nextKey;
        QList<qint64> patientIds; // every member listed (for the audit record)
        qint64 lastKey = 0;       // the last group looked at
    };

    // Groups larger than this are listed without being split (flag "too_large").
    static constexpr int maxGroup = 300;

    DuplicateClusters(QSqlDatabase db, Dialect dialect);
    void setNicknames(const matching::NicknameTable &nicknames) { m_nicknames = &nicknames; }

    std::optional<Page> list(const Filter &filter);

private:
    struct Group
    {
        qint64 key = 0;
        QList<qint64> members; // ascending
    };
    std::optional<QList<Group>> groups(const Filter &filter);
    bool clustersOf(const Group &group, const Filter &filter, Page *page);

    QSqlDatabase m_db;
    Dialect m_dialect;
    const matching::NicknameTable *m_nicknames = &matching::NicknameTable::builtIn();
};

} // namespace izdesk::server
