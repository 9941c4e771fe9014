#pragma once

#include "patientrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace izdesk {

// Ranked patient search results (GET /api/v1/patients): score, grade, name, DOB, sex, city,
// IIS id and badges, best first as the server ranked them. The per-field explanation is
// available through ExplanationRole (a QList<MatchContribution>) and as the tooltip of every
// cell. Also the one place that names match fields, levels, grades, badges and consent kinds
// for the user. Holds PHI in memory only. GUI thread only.
class PatientResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ScoreColumn,
        GradeColumn,
        NameColumn,
        BirthDateColumn,
        SexColumn,
        CityColumn,
        IisIdColumn,
        BadgesColumn,
        ColumnCount
    };
    enum Role { PatientIdRole = Qt::UserRole + 1, ExplanationRole, GradeRole, BadgesRole, VetoesRole };

    explicit PatientResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMatches(const QList<PatientMatch> &matches);
    void clear();
    const QList<PatientMatch> &matches() const { return m_matches; }
    PatientMatch matchAt(int row) const { return m_matches.value(row); }
    int rowOf(qint64 patientId) const;

    // Words the user sees, in one place.
    static QString fieldLabel(const QString &field);
    static QString levelLabel(const QString &level);
    static QString gradeLabel(const QString &grade);
    static QString badgeLabel(const QString &badge);
    static QString vetoLabel(const QString &veto);
    static QString consentLabel(const QString &kind);
    static QString identifierLabel(const QString &type);
    static QString sexLabel(const QString &sex);
    static QString raceEthnicityLabel(const QString &cdcrecCode); // "2106-3" → "White"
    // "First name: nickname (+5.1)" lines, for tooltips and accessible descriptions.
    static QString explanationText(const PatientMatch &match);

private:
    QList<PatientMatch> m_matches;
};

} // namespace izdesk

Q_DECLARE_METATYPE(izdesk::MatchContribution)
Q_DECLARE_METATYPE(QList<izdesk::MatchContribution>)
