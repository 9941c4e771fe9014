#include "recordrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFutureWatcher>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace izdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString fullName(const QJsonObject &patient)
{
    QStringList parts;
    for (const char *key : {"first_name", "middle_name", "last_name", "suffix"}) {
        if (const QString part = str(patient, key).trimmed(); !part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

QString plainDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? RecordRenderer::dateText(date) : iso;
}

// "Released by … on … — ticket #N — disclosure #M", in the footer of every page.
QString footerText(const ReleasedRecord &record)
{
    return RecordRenderer::tr("Released by %1 on %2 — ticket #%3 — disclosure #%4")
        .arg(record.releasedBy.isEmpty() ? RecordRenderer::tr("help desk staff") : record.releasedBy,
             QLocale().toString(record.releasedAt.toLocalTime(), QLocale::ShortFormat))
        .arg(record.ticketId)
        .arg(record.disclosureId);
}

} // namespace

ReleasedRecord ReleasedRecord::fromJson(const QJsonObject &o)
{
    ReleasedRecord r;
    r.disclosureId = o.value(QStringLiteral("disclosure_id")).toInteger();
    r.method = o.value(QStringLiteral("method")).toString();
    const QJsonObject to = o.value(QStringLiteral("addressed_to")).toObject();
    r.addressedToName = to.value(QStringLiteral("name")).toString();
    for (const QJsonValue &line : to.value(QStringLiteral("lines")).toArray())
        r.addressedToLines << line.toString();
    r.patient = o.value(QStringLiteral("patient")).toObject();
    r.patientId = r.patient.value(QStringLiteral("id")).toInteger();
    r.immunizations = o.value(QStringLiteral("immunizations")).toArray();
    r.releasedAt = QDateTime::fromString(o.value(QStringLiteral("released_at")).toString(), Qt::ISODateWithMs);
    return r;
}

RecordRenderer::RecordRenderer(QObject *parent)
    : QObject(parent)
{
}

QString RecordRenderer::dateText(const QDate &date)
{
    // The locale's short format, but never a two-digit year on a medical record.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

QString RecordRenderer::toHtml(const ReleasedRecord &record)
{
    const QJsonObject &p = record.patient;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    html += QStringLiteral("<h1 style=\"font-size: 18pt;\">") % esc(tr("Immunization record")) % QStringLiteral("</h1>");

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>") % esc(label) % QStringLiteral("</b></td><td>") % esc(value)
                % QStringLiteral("</td></tr>");
    };
    row(tr("Patient"), fullName(p));
    row(tr("Date of birth"), plainDate(str(p, "birth_date")));
    row(tr("Sex"), str(p, "sex"));
    row(tr("IIS ID"), str(p, "iis_id"));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size: 13pt;\">") % esc(tr("Immunization history")) % QStringLiteral("</h2>");
    if (record.immunizations.isEmpty()) {
        html += QStringLiteral("<p>") % esc(tr("No immunizations are on file.")) % QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                               "<tr style=\"background-color: #e8eaed;\">");
        for (const QString &h : {tr("Date given"), tr("Vaccine"), tr("Vaccine group"), tr("Manufacturer"), tr("Lot")})
            html += QStringLiteral("<th align=\"left\">") % esc(h) % QStringLiteral("</th>");
        html += QStringLiteral("</tr>");
        for (const QJsonValue &v : record.immunizations) {
            const QJsonObject i = v.toObject();
            QString vaccine = str(i, "vaccine_name");
            if (vaccine.isEmpty())
                vaccine = tr("CVX %1").arg(str(i, "cvx"));
            html += QStringLiteral("<tr>");
            for (const QString &cell : {plainDate(str(i, "administered_date")), vaccine, str(i, "vaccine_group"),
                                        str(i, "manufacturer").isEmpty() ? str(i, "mvx") : str(i, "manufacturer"),
                                        str(i, "lot")})
                html += QStringLiteral("<td>") % esc(cell) % QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2 style=\"font-size: 13pt;\">") % esc(tr("Addressed to")) % QStringLiteral("</h2><p>");
    QStringList lines;
    if (!record.addressedToName.isEmpty())
        lines << esc(record.addressedToName);
    for (const QString &line : record.addressedToLines)
        lines << esc(line);
    html += lines.join(QStringLiteral("<br>")) % QStringLiteral("</p>");
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">")
            % esc(tr("Confidential: released under the help desk's caller verification policy. "
                     "Do not redisclose without authorization."))
            % QStringLiteral("</p></body></html>");
    return html;
}

QByteArray RecordRenderer::toPdf(const ReleasedRecord &record)
{
    return htmlToPdf(tr("Immunization record"), toHtml(record), footerText(record));
}

QByteArray RecordRenderer::htmlToPdf(const QString &title, const QString &html, const QString &footer)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("IZ Desk"));

        QPainter painter(&writer);
        const QRect page = painter.viewport();
        QFont footerFont = painter.font();
        footerFont.setPointSizeF(8);
        const int footerHeight = QFontMetrics(footerFont, &writer).height() * 3;

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setHtml(html);
        const QSizeF body(page.width(), page.height() - footerHeight);
        doc.setPageSize(body);
        const int pages = qMax(1, doc.pageCount());
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * body.height());
            doc.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
            painter.restore();
            painter.setFont(footerFont);
            const QRectF footerRect(0, page.height() - footerHeight, page.width(), footerHeight);
            painter.drawLine(footerRect.topLeft(), footerRect.topRight());
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             footer % QStringLiteral("   ") % tr("Page %1 of %2").arg(i + 1).arg(pages));
        }
    }
    return bytes;
}

void RecordRenderer::savePdf(const ReleasedRecord &record, const QString &path)
{
    saveBytes(toPdf(record), path);
}

QString RecordRenderer::letterHtml(const QJsonObject &content)
{
    const QJsonObject to = content.value(QStringLiteral("recipient")).toObject();
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 11pt;\">");
    html += QStringLiteral("<p align=\"right\">") % esc(plainDate(str(content, "date"))) % QStringLiteral("</p><p>");
    QStringList lines;
    for (const char *key : {"contact", "organization"}) {
        if (const QString line = str(to, key).trimmed(); !line.isEmpty())
            lines << esc(line);
    }
    html += lines.join(QStringLiteral("<br>")) % QStringLiteral("</p>");
    html += QStringLiteral("<h1 style=\"font-size: 16pt;\">") % esc(str(content, "title")) % QStringLiteral("</h1>");
    for (const QJsonValue &paragraph : content.value(QStringLiteral("paragraphs")).toArray())
        html += QStringLiteral("<p>") % esc(paragraph.toString()) % QStringLiteral("</p>");
    html += QStringLiteral("<p><br>") % esc(str(content, "signature")).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            % QStringLiteral("</p></body></html>");
    return html;
}

QByteArray RecordRenderer::letterPdf(const QJsonObject &content, const QString &footer)
{
    return htmlToPdf(str(content, "title"), letterHtml(content), footer);
}

void RecordRenderer::saveLetterPdf(const QJsonObject &content, const QString &footer, const QString &path)
{
    saveBytes(letterPdf(content, footer), path);
}

void RecordRenderer::saveBytes(const QByteArray &bytes, const QString &path)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, size = bytes.size()] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT pdfSaved(path, size);
        else
            Q_EMIT pdfFailed(path, error);
    });
    watcher->setFuture(QtConcurrent::run([bytes, path]() -> QString {
        // QSaveFile: a half-written document never appears under the chosen name.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (file.write(bytes) != bytes.size())
            return file.errorString();
        if (!file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace izdesk
