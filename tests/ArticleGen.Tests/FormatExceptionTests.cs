using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ArticleGen.Tests;

/// <summary>
/// A value type ArticleGen knows nothing about, whose own TryFormat rejects formats other than "S" and "L"
/// with a FormatException, as BCL types do.
/// </summary>
public readonly record struct ShelfMark(int Shelf) : ISpanParsable<ShelfMark>, ISpanFormattable
{
    public static ShelfMark Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    public static ShelfMark Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => TryParse(s, provider, out ShelfMark result) ? result : throw new FormatException("not a shelf mark");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ShelfMark result)
        => TryParse(s.AsSpan(), provider, out result);

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ShelfMark result)
    {
        if (s.StartsWith("shelf ") || s.StartsWith("S-"))
        {
            bool ok = int.TryParse(s[(s[0] == 'S' ? 2 : 6)..], NumberStyles.None, CultureInfo.InvariantCulture, out int shelf);
            result = new ShelfMark(shelf);
            return ok;
        }

        result = default;
        return false;
    }

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[32];
        return TryFormat(buffer, out int written, format, formatProvider) ? buffer[..written].ToString() : throw new FormatException();
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = format switch
        {
            "" or "S" => "S-" + Shelf.ToString(CultureInfo.InvariantCulture),
            "L" => "shelf " + Shelf.ToString(CultureInfo.InvariantCulture),
            _ => throw new FormatException("The format '" + format.ToString() + "' is not supported."),
        };
        charsWritten = text.Length;
        return text.AsSpan().TryCopyTo(destination);
    }
}

[ArticleLayout("{Title} ({Mark:L})")]
public partial record Catalogued(string Title, ShelfMark Mark);

[ArticleLayout("{Title} ({Mark:Q})")]
public partial record MisCatalogued(string Title, ShelfMark Mark);

/// <summary>Issue 12: a format the member's own type rejects is an ArgumentException from Format, not a FormatException.</summary>
public class FormatExceptionTests
{
    [Fact]
    public void A_format_the_type_accepts_round_trips()
    {
        var item = new Catalogued("Atlas", new ShelfMark(12));

        Assert.Equal("Atlas (shelf 12)", item.Format());
        Assert.Equal(item, Catalogued.Parse(item.Format()));
    }

    [Fact]
    public void A_format_the_type_rejects_is_an_ArgumentException_naming_member_and_format()
    {
        var item = new MisCatalogued("Atlas", new ShelfMark(12));

        var error = Assert.Throws<ArgumentException>(() => item.Format());

        Assert.Equal("Mark", error.ParamName);
        Assert.StartsWith("MisCatalogued.Mark cannot be written: its format 'Q' is not valid for ShelfMark", error.Message);
        Assert.IsType<FormatException>(error.InnerException);
        Assert.Throws<ArgumentException>(() => item.TryFormat(new char[64], out _));
    }
}
