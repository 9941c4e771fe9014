#pragma once

#include "httpmessage.h"

#include <ticket.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace izdesk {

// One answer of the IZ Desk API: the HTTP response plus helpers that turn RFC 9457
// problem+json bodies and network failures into clear, translated messages.
// Value type; used on the GUI thread.
struct ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)

public:
    HttpResponse http;

    int status() const { return http.httpStatus; }
    bool isNetworkError() const { return http.isNetworkError(); }
    bool ok() const { return !isNetworkError() && status() >= 200 && status() < 300; }
    QJsonObject object() const { return http.body.object(); }
    // The problem type slug ("validation", "precondition-failed", ...) or empty.
    QString problemType() const;
    // Per-field errors of a 422 validation problem.
    QList<FieldError> fieldErrors() const;
    // A sentence for the user: the network failure, or the problem's detail/title.
    QString errorMessage() const;

    static QString networkMessage(const HttpResponse &response);
};

} // namespace izdesk
