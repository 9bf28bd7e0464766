// SPDX-License-Identifier: MIT
#include "gis/io/text_codec.h"

#include <iconv.h>

#include <QRegularExpression>

#include <cerrno>

namespace fg::gis {

namespace {

iconv_t handleOf(void *h)
{
    return static_cast<iconv_t>(h);
}

} // namespace

TextCodec::TextCodec(const QString &encoding)
    : m_encoding(encoding)
    , m_handle(iconv_open("UTF-8", encoding.toLatin1().constData()))
{
}

TextCodec::~TextCodec()
{
    if (isValid())
        iconv_close(handleOf(m_handle));
}

TextCodec::TextCodec(TextCodec &&other) noexcept
    : m_encoding(std::move(other.m_encoding))
    , m_handle(other.m_handle)
{
    other.m_handle = reinterpret_cast<void *>(-1);
}

TextCodec::Result TextCodec::decode(const QByteArray &bytes) const
{
    Result result;
    if (!isValid() || bytes.isEmpty())
        return result;
    iconv_t cd = handleOf(m_handle);
    iconv(cd, nullptr, nullptr, nullptr, nullptr); // reset shift state between values
    QByteArray out;
    out.reserve(bytes.size() * 2 + 8);
    char buffer[1024];
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    while (inLeft > 0) {
        char *dst = buffer;
        size_t dstLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &dst, &dstLeft);
        out.append(buffer, static_cast<qsizetype>(dst - buffer));
        if (rc != static_cast<size_t>(-1))
            continue;
        if (errno == E2BIG)
            continue;
        if (errno == EINVAL) { // incomplete sequence at the end: the field was cut by bytes
            result.cutTail = true;
            break;
        }
        // EILSEQ: mark and step over one byte, so one bad byte costs one replacement character.
        out.append("\xEF\xBF\xBD");
        ++result.invalid;
        ++in;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    result.text = QString::fromUtf8(out);
    return result;
}

QString normalizedEncodingName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.remove(QRegularExpression(QStringLiteral("^ANSI\\s*")));
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n.isEmpty())
        return {};
    if (n == QLatin1String("UTF8") || n == QLatin1String("65001"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("GBK") || n == QLatin1String("936") || n == QLatin1String("CP936")
        || n == QLatin1String("GB2312") || n == QLatin1String("GB18030") || n == QLatin1String("54936")
        || n == QLatin1String("EUCCN"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("BIG5") || n == QLatin1String("950") || n == QLatin1String("CP950"))
        return QStringLiteral("BIG5");
    if (n == QLatin1String("1252") || n == QLatin1String("CP1252") || n == QLatin1String("WINDOWS1252"))
        return QStringLiteral("CP1252");
    if (n == QLatin1String("88591") || n == QLatin1String("ISO88591") || n == QLatin1String("LATIN1"))
        return QStringLiteral("ISO-8859-1");
    static const QRegularExpression codepage(QStringLiteral("^(?:CP)?(\\d{3,5})$"));
    if (const auto m = codepage.match(n); m.hasMatch())
        return QStringLiteral("CP") + m.captured(1);
    return name.trimmed();
}

} // namespace fg::gis
