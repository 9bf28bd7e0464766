// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <functional>
#include <vector>

namespace fg::core {

/// Writes one JSON document as UTF-8 bytes while it is built, byte for byte what
/// `QJsonDocument(...).toJson(QJsonDocument::Indented)` gives for the same tree: four-space
/// indentation, `"key": value`, an empty array or object as "[\n<indent>]", a double as QJsonValue
/// keeps it (an integral one within ±2^53 as an integer: 1000000, -0.0 as 0; others in Qt's
/// shortest round-trip form: 0.1, 1e+21), NaN and infinities as null, integers exactly,
/// strings escaped as Qt escapes them (\" \\ \b \f \n \r \t, other controls \u00XX, non-ASCII as
/// UTF-8, a lone surrogate as \uDXXX), and the document's closing newline.
///
/// QJsonObject keeps its keys sorted (code-unit order), so the caller writes each object's keys
/// in ascending order: a key not after the previous one throws std::logic_error (a programming
/// error; the tests write every object the CLI writes). The bytes go to @p sink in chunks of
/// about 64 KiB, and the rest at finish(); a sink may throw (a write error), which then leaves
/// the writer. Not thread-safe; one document per writer.
class JsonWriter
{
public:
    using Sink = std::function<void(const QByteArray &bytes)>;

    explicit JsonWriter(Sink sink);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's key in the current object (ascending order, see the class comment).
    void key(QStringView name);
    void key(QLatin1String name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(double number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(qint64 number);
    void value(bool flag);
    void null();
    /// A whole QJsonValue tree (objects in their own key order), as QJsonDocument writes it.
    void value(const QJsonValue &json);

    /// Convenience: key then value.
    template <typename T> void member(QLatin1String name, const T &v)
    {
        key(name);
        value(v);
    }

    /// Ends the document (its newline) and hands the last bytes to the sink.
    void finish();

    /// @p text escaped as QJsonDocument escapes a string's content (no quotes), appended to @p out.
    static void appendEscaped(QByteArray &out, QStringView text);

private:
    struct Frame
    {
        bool object = false;
        int count = 0;
        QString lastKey;
    };

    void beforeValue();
    void storedDouble(double number); ///< a double QJsonValue holds as one
    void startKey(bool inOrder);
    void open(char bracket, bool object);
    void close(char bracket, bool object);
    void indent(int depth);
    void flushIfFull();

    Sink m_sink;
    QByteArray m_buffer;
    std::vector<Frame> m_frames;
    bool m_keyPending = false;
};

} // namespace fg::core
