using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ArticleGen.Benchmarks;

/// <summary>
/// The reference rows: the fastest Yonhap parser and formatter written by hand for this one layout, what the
/// generated code is measured against. The parser checks once whether the input is ASCII, finds every literal
/// with a vectorized search over the bytes, reads the date as digits and builds each member straight from its
/// byte slice (a widen for ASCII; otherwise a transcode into a scratch buffer, which also validates, and a copy):
/// no decode of the whole text. The formatter writes UTF-8 directly, encoding each value in place, and checks
/// only that values hold no line break (less than the generated formatter's guarantee, which also covers the
/// literals that end each value). LF input is read without a copy; CRLF is normalized first.
/// </summary>
public static class HandTunedYonhap
{
    private static ReadOnlySpan<byte> Header => " date "u8;

    private static ReadOnlySpan<byte> Attention => " (ATTN: "u8;

    private static ReadOnlySpan<byte> BlankLine => "\n\n"u8;

    private static ReadOnlySpan<byte> CaptionBreak => "\n\n\n\n"u8;

    public static YonhapStory Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOf((byte)'\r') >= 0)
        {
            return Parse(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8).ReplaceLineEndings("\n")));
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8.Slice(3);
        }

        // ASCII (one vectorized check) is widened slice by slice; anything else is transcoded slice by slice
        // (which validates it: every byte is either in a value or in an ASCII literal matched exactly).
        if (System.Text.Ascii.IsValid(utf8))
        {
            return Parse(utf8, null);
        }

        char[] scratch = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            return Parse(utf8, scratch);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    private static string Decode(ReadOnlySpan<byte> value, char[]? scratch)
    {
        if (scratch is null)
        {
            return Encoding.Latin1.GetString(value);
        }

        if (Utf8.ToUtf16(value, scratch, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new FormatException("Invalid UTF-8.");
        }

        return new string(scratch, 0, written);
    }

    private static YonhapStory Parse(ReadOnlySpan<byte> utf8, char[]? scratch)
    {
        // Line 1: " date yyyy-MM-dd[ (ATTN: ...)]"
        if (utf8.Length < 17 || !utf8.StartsWith(Header))
        {
            throw Bad("header");
        }

        DateOnly date = ReadDate(utf8.Slice(6, 10));
        int lineEnd = utf8.Slice(16).IndexOf((byte)'\n');
        if (lineEnd < 0)
        {
            throw Bad("header line end");
        }

        lineEnd += 16;
        string? attention = null;
        if (lineEnd > 16)
        {
            ReadOnlySpan<byte> rest = utf8.Slice(16, lineEnd - 16);
            if (!rest.StartsWith(Attention) || rest[^1] != (byte)')')
            {
                throw Bad("attention");
            }

            attention = Decode(rest.Slice(Attention.Length, rest.Length - Attention.Length - 1), scratch);
        }

        // Blank line, then "City, Date (Agency) -- Lead".
        int pos = lineEnd + 1;
        if (pos >= utf8.Length || utf8[pos] != (byte)'\n')
        {
            throw Bad("blank line after the header");
        }

        pos++;
        int end = utf8.Slice(pos).IndexOf((byte)'\n');
        ReadOnlySpan<byte> line = end < 0 ? utf8.Slice(pos) : utf8.Slice(pos, end);
        int dash = line.IndexOf(" -- "u8);
        if (dash < 0)
        {
            throw Bad("\" -- \"");
        }

        ReadOnlySpan<byte> datelineText = line.Slice(0, dash);
        int comma = datelineText.IndexOf(", "u8);
        int paren = comma < 0 ? -1 : datelineText.Slice(comma + 2).IndexOf(" ("u8);
        if (paren < 0 || datelineText[^1] != (byte)')')
        {
            throw Bad("dateline");
        }

        paren += comma + 2;
        var dateline = new Dateline(
            Decode(datelineText.Slice(0, comma), scratch),
            Decode(datelineText.Slice(comma + 2, paren - comma - 2), scratch),
            Decode(datelineText.Slice(paren + 2, datelineText.Length - paren - 3), scratch));
        string lead = Decode(line.Slice(dash + 4), scratch);
        if (end < 0 || pos + end + 1 >= utf8.Length || utf8[pos + end + 1] != (byte)'\n')
        {
            throw Bad("blank line after the lead");
        }

        // Paragraphs one blank line apart; the caption after three blank lines; one final line break.
        ReadOnlySpan<byte> body = utf8.Slice(pos + end + 2);
        if (body.Length > 0 && body[^1] == (byte)'\n')
        {
            body = body.Slice(0, body.Length - 1);
        }

        string? caption = null;
        int captionAt = body.IndexOf(CaptionBreak);
        if (captionAt >= 0)
        {
            caption = Decode(body.Slice(captionAt + 4), scratch);
            body = body.Slice(0, captionAt);
        }

        var paragraphs = new List<string>();
        while (true)
        {
            int next = body.IndexOf(BlankLine);
            if (next < 0)
            {
                paragraphs.Add(Decode(body, scratch));
                break;
            }

            paragraphs.Add(Decode(body.Slice(0, next), scratch));
            body = body.Slice(next + 2);
        }

        return new YonhapStory(date, attention, dateline, lead, paragraphs, caption);
    }

    private static DateOnly ReadDate(ReadOnlySpan<byte> s)
    {
        uint y0 = s[0] - (uint)'0', y1 = s[1] - (uint)'0', y2 = s[2] - (uint)'0', y3 = s[3] - (uint)'0';
        uint m0 = s[5] - (uint)'0', m1 = s[6] - (uint)'0', d0 = s[8] - (uint)'0', d1 = s[9] - (uint)'0';
        if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) > 9 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            throw Bad("date");
        }

        int year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
        int month = (int)((m0 * 10) + m1);
        int day = (int)((d0 * 10) + d1);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw Bad("date");
        }

        return new DateOnly(year, month, day);
    }

    private static FormatException Bad(string what) => new("Not a Yonhap story: " + what + ".");

    /// <summary>Writes the canonical UTF-8 text; false when <paramref name="destination"/> is too small.</summary>
    public static bool TryFormat(YonhapStory s, Span<byte> destination, out int written)
    {
        int p;
        written = 0;
        if (destination.Length < 17)
        {
            return false;
        }

        Header.CopyTo(destination);
        s.Date.Deconstruct(out int year, out int month, out int day);
        destination[6] = (byte)('0' + (year / 1000));
        destination[7] = (byte)('0' + (year / 100 % 10));
        destination[8] = (byte)('0' + (year / 10 % 10));
        destination[9] = (byte)('0' + (year % 10));
        destination[10] = (byte)'-';
        destination[11] = (byte)('0' + (month / 10));
        destination[12] = (byte)('0' + (month % 10));
        destination[13] = (byte)'-';
        destination[14] = (byte)('0' + (day / 10));
        destination[15] = (byte)('0' + (day % 10));
        p = 16;
        if (s.Attention is not null)
        {
            if (!Literal(Attention, destination, ref p) || !Value(s.Attention, destination, ref p) || !Literal(")"u8, destination, ref p))
            {
                return false;
            }
        }

        if (!Literal(BlankLine, destination, ref p)
            || !Value(s.Dateline.City, destination, ref p) || !Literal(", "u8, destination, ref p)
            || !Value(s.Dateline.Date, destination, ref p) || !Literal(" ("u8, destination, ref p)
            || !Value(s.Dateline.Agency, destination, ref p) || !Literal(") -- "u8, destination, ref p)
            || !Value(s.Lead, destination, ref p))
        {
            return false;
        }

        IReadOnlyList<string> body = s.Body;
        for (int i = 0; i < body.Count; i++)
        {
            if (!Literal(BlankLine, destination, ref p) || !Value(body[i], destination, ref p))
            {
                return false;
            }
        }

        if (s.PhotoCaption is not null && (!Literal(CaptionBreak, destination, ref p) || !Value(s.PhotoCaption, destination, ref p)))
        {
            return false;
        }

        if (!Literal("\n"u8, destination, ref p))
        {
            return false;
        }

        written = p;
        return true;
    }

    private static bool Literal(ReadOnlySpan<byte> literal, Span<byte> destination, ref int p)
    {
        if (!literal.TryCopyTo(destination.Slice(p)))
        {
            return false;
        }

        p += literal.Length;
        return true;
    }

    private static bool Value(string value, Span<byte> destination, ref int p)
    {
        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException("A value holds a line break: " + value);
        }

        if (!Encoding.UTF8.TryGetBytes(value, destination.Slice(p), out int n))
        {
            return false;
        }

        p += n;
        return true;
    }
}
