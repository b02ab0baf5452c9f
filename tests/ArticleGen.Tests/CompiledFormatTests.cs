using System.Globalization;
using System.Numerics;
using System.Text;
using ArticleGen.Runtime;
using CsCheck;

namespace ArticleGen.Tests;

/// <summary>
/// The compiled readers and writers against the BCL calls they replace: the same acceptance and the same value on
/// random and hostile text, the same text for every value, and the UTF-8 readers the same as the char readers on
/// the decoded text.
/// </summary>
public class CompiledFormatTests
{
    private const int Iterations = 20_000;

    private delegate bool CharReader<T>(ReadOnlySpan<char> text, out T value);

    private delegate bool ByteReader<T>(ReadOnlySpan<byte> utf8, out T value);

    // Characters that matter to these formats, and some that look like them: other digits, signs, separators, NUL.
    private const string Alphabet = "0123456789012345678901234567890123456789-:+ \0\t٣０۹\u2212.,Tz";

    private static readonly string[] Hostile =
    [
        "", " ", "-", "+", "--1", "+-1", "٣", "１２", "1٣", "\u22121", "0", "-0", "+0", "007", "1\0", "1\0\0", "\01", " 1", "1 ",
        "1,000", "1.0", "1e3", "0x10", "127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32769", "65535", "65536",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "000000000000000000000000000001", "-000000000000000000000000000001",
        "999999999999999999", "1000000000000000000", "-999999999999999999",
        "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01",
        "0001-01-01", "9999-12-31", "2024-1-01", "2024-01-1", "24-01-01", "02024-01-01", "2024/01/01", "2024-01-01 ",
        " 2024-01-01", "2024-01-01\0", "２０２４-01-01", "2024-01-٣1", "2024-01-01T00:00",
        "00:00", "23:59", "24:00", "23:60", "7:05", "07:5", "07:05:00", "07.05", "07:05\0", "٠٧:05",
        "00:00:00", "23:59:59", "23:59:60", "12:30", "12:30:1", "12:30:01 ",
        "2024-02-29 23:59", "2024-02-29 24:00", "2023-02-29 10:00", "2024-02-29  10:00", "2024-02-29T10:00", "2024-02-29 10:00:00",
    ];

    /// <summary>Strings near the formats: random lengths over the alphabet, and valid text with one character changed.</summary>
    private static Gen<string> Near(string[] seeds)
        => Gen.OneOf(
            Gen.String[Gen.Char[Alphabet], 0, 20],
            Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 30], Gen.Char[Alphabet], (i, at, c) =>
            {
                string s = seeds[i];
                return s.Length == 0 ? c.ToString() : s.Remove(at % s.Length, 1).Insert(at % s.Length, c.ToString());
            }),
            Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i]),
            Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 25], Gen.Int[0, 61], Gen.Int[0, 3], (y, m, d, h, mi, k) => k switch
            {
                0 => $"{y:D4}-{m:D2}-{d:D2}",
                1 => $"{h:D2}:{mi:D2}",
                2 => $"{h:D2}:{mi:D2}:{d:D2}",
                _ => $"{y:D4}-{m:D2}-{d:D2} {h:D2}:{mi:D2}",
            }));

    private static void SameAsBcl<T>(string[] seeds, CharReader<T> compiled, ByteReader<T> compiledUtf8, CharReader<T> bcl)
    {
        foreach (string text in Hostile)
        {
            Check(text);
        }

        Near(seeds).Sample(Check, iter: Iterations);

        void Check(string text)
        {
            bool expected = bcl(text, out T expectedValue);
            bool actual = compiled(text, out T value);
            Assert.True(expected == actual, $"\"{Escape(text)}\": BCL {expected}, compiled {actual}");
            if (expected)
            {
                Assert.True(EqualityComparer<T>.Default.Equals(expectedValue, value), $"\"{Escape(text)}\": BCL {expectedValue}, compiled {value}");
                if (value is DateTime time)
                {
                    Assert.Equal(((DateTime)(object)expectedValue!).Kind, time.Kind);
                }
            }

            bool fromBytes = compiledUtf8(Encoding.UTF8.GetBytes(text), out T byteValue);
            Assert.True(expected == fromBytes, $"UTF-8 \"{Escape(text)}\": BCL {expected}, compiled {fromBytes}");
            if (expected)
            {
                Assert.Equal(value, byteValue);
            }
        }
    }

    private static string Escape(string text)
        => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    [Fact]
    public void IsoDate_reads_what_DateOnly_TryParseExact_reads()
        => SameAsBcl<DateOnly>(
            ["2024-02-29", "1999-12-31", "0001-01-01"],
            CompiledFormats.TryReadIsoDate,
            CompiledFormats.TryReadIsoDate,
            (ReadOnlySpan<char> s, out DateOnly v) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out v));

    [Fact]
    public void HourMinute_reads_what_TimeOnly_TryParseExact_reads()
        => SameAsBcl<TimeOnly>(
            ["07:05", "23:59", "00:00"],
            CompiledFormats.TryReadHourMinute,
            CompiledFormats.TryReadHourMinute,
            (ReadOnlySpan<char> s, out TimeOnly v) => TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out v));

    [Fact]
    public void HourMinuteSecond_reads_what_TimeOnly_TryParseExact_reads()
        => SameAsBcl<TimeOnly>(
            ["07:05:09", "23:59:59", "00:00:00"],
            CompiledFormats.TryReadHourMinuteSecond,
            CompiledFormats.TryReadHourMinuteSecond,
            (ReadOnlySpan<char> s, out TimeOnly v) => TimeOnly.TryParseExact(s, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out v));

    [Fact]
    public void IsoDateHourMinute_reads_what_DateTime_TryParseExact_reads()
        => SameAsBcl<DateTime>(
            ["2024-02-29 07:05", "1999-12-31 23:59", "0001-01-01 00:00"],
            CompiledFormats.TryReadIsoDateHourMinute,
            CompiledFormats.TryReadIsoDateHourMinute,
            (ReadOnlySpan<char> s, out DateTime v) => DateTime.TryParseExact(s, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out v));

    private static readonly string[] IntegerSeeds = ["0", "-17", "+42", "2147483647", "-9223372036854775808", "18446744073709551615", "255", "-128", "00012"];

    private static void IntegerSameAsBcl<T>()
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        SameAsBcl<T>(
            IntegerSeeds,
            CompiledFormats.TryReadInteger,
            CompiledFormats.TryReadInteger,
            (ReadOnlySpan<char> s, out T v) => T.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v!));

        // Every value's own text, and its bounds and neighbours, read back as it.
        Gen.Long.Sample(n =>
        {
            T value = T.CreateTruncating(n);
            string text = value.ToString(null, CultureInfo.InvariantCulture);
            Assert.True(CompiledFormats.TryReadInteger(text, out T read), text);
            Assert.Equal(value, read);
            Assert.True(CompiledFormats.TryReadInteger(Encoding.UTF8.GetBytes(text), out read), text);
            Assert.Equal(value, read);
        }, iter: Iterations);
    }

    [Fact]
    public void Integers_read_what_TryParse_with_a_leading_sign_reads()
    {
        IntegerSameAsBcl<int>();
        IntegerSameAsBcl<long>();
        IntegerSameAsBcl<short>();
        IntegerSameAsBcl<sbyte>();
        IntegerSameAsBcl<byte>();
        IntegerSameAsBcl<ushort>();
        IntegerSameAsBcl<uint>();
        IntegerSameAsBcl<ulong>();
    }

    [Theory]
    [InlineData("+7", true, 7)]
    [InlineData("-0", true, 0)]
    [InlineData("٣", false, 0)]
    [InlineData("１２", false, 0)]
    [InlineData("2147483648", false, 0)]
    [InlineData("-2147483648", true, int.MinValue)]
    [InlineData("", false, 0)]
    [InlineData("-", false, 0)]
    [InlineData(" 1", false, 0)]
    public void Integer_cases(string text, bool ok, int expected)
    {
        Assert.Equal(ok, CompiledFormats.TryReadInteger(text, out int value));
        Assert.Equal(expected, value);
        Assert.Equal(ok, CompiledFormats.TryReadInteger(Encoding.UTF8.GetBytes(text), out value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-1-01", false)]
    [InlineData("2024-01-٣1", false)]
    [InlineData("２０２４-01-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("", false)]
    public void IsoDate_cases(string text, bool ok)
        => Assert.Equal(ok, CompiledFormats.TryReadIsoDate(text, out _));

    [Fact]
    public void Invalid_UTF8_reads_as_its_decoded_text()
    {
        Gen.Byte.Array[0, 20].Sample(bytes =>
        {
            string decoded = Encoding.UTF8.GetString(bytes);
            Assert.Equal(CompiledFormats.TryReadInteger(decoded, out long a), CompiledFormats.TryReadInteger(bytes, out long b));
            Assert.Equal(a, b);
            Assert.Equal(CompiledFormats.TryReadIsoDate(decoded, out DateOnly c), CompiledFormats.TryReadIsoDate(bytes, out DateOnly d));
            Assert.Equal(c, d);
            Assert.Equal(CompiledFormats.TryReadHourMinute(decoded, out TimeOnly e), CompiledFormats.TryReadHourMinute(bytes, out TimeOnly f));
            Assert.Equal(e, f);
        }, iter: Iterations);

        byte[] longInvalid = [.. Encoding.UTF8.GetBytes("2024-01-01"), .. Enumerable.Repeat((byte)0xFF, 200)];
        Assert.False(CompiledFormats.TryReadIsoDate(longInvalid, out _));
    }

    private delegate void Writer<T>(T value, ref CharWriter writer);

    private static void WritesAsBcl<T>(Gen<T> values, Writer<T> write, string format, int width)
        where T : ISpanFormattable
    {
        values.Sample(value =>
        {
            Span<char> buffer = stackalloc char[32];
            var writer = new CharWriter(buffer);
            writer.Write("x");
            write(value, ref writer);
            Assert.False(writer.Overflowed);
            Assert.Equal("x" + value.ToString(format, CultureInfo.InvariantCulture), writer.Written.ToString());

            // One character short: the writer overflows instead of writing part of the value.
            var tight = new CharWriter(buffer.Slice(0, width));
            tight.Write("x");
            write(value, ref tight);
            Assert.True(tight.Overflowed);
            Assert.Equal(1, tight.Position);
        }, iter: Iterations);
    }

    private static readonly Gen<DateTime> AnyDateTime = Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks].Select(t => new DateTime(t));

    [Fact]
    public void IsoDate_writes_what_DateOnly_TryFormat_writes()
        => WritesAsBcl(AnyDateTime.Select(DateOnly.FromDateTime), CompiledFormats.WriteIsoDate, "yyyy-MM-dd", 10);

    [Fact]
    public void HourMinute_writes_what_TimeOnly_TryFormat_writes()
        => WritesAsBcl(AnyDateTime.Select(TimeOnly.FromDateTime), CompiledFormats.WriteHourMinute, "HH:mm", 5);

    [Fact]
    public void HourMinuteSecond_writes_what_TimeOnly_TryFormat_writes()
        => WritesAsBcl(AnyDateTime.Select(TimeOnly.FromDateTime), CompiledFormats.WriteHourMinuteSecond, "HH:mm:ss", 8);

    [Fact]
    public void IsoDateHourMinute_writes_what_DateTime_TryFormat_writes()
        => WritesAsBcl(AnyDateTime, CompiledFormats.WriteIsoDateHourMinute, "yyyy-MM-dd HH:mm", 16);
}

/// <summary>The compiled formats inside a generated parser and formatter.</summary>
public class CompiledFormatLayoutTests
{
    [Fact]
    public void Times_and_padded_integers_round_trip()
    {
        var shift = new Shift(new TimeOnly(7, 5), new TimeOnly(23, 59, 58), -3, -128, 18446744073709551615);

        Assert.Equal("07:05 to 23:59:58 #-03 delta -128 id 18446744073709551615", shift.Format());
        Assert.Equal(shift, Shift.Parse(shift.Format()));
        Assert.Equal(shift with { Sequence = 3 }, Shift.Parse("07:05 to 23:59:58 #+0003 delta -128 id 18446744073709551615"u8));
    }

    [Theory]
    [InlineData("7:05 to 23:59:58 #03 delta 1 id 1", "Start")]
    [InlineData("07:05 to 24:00:00 #03 delta 1 id 1", "End")]
    [InlineData("07:05 to 23:59:58 #٣ delta 1 id 1", "Sequence")]
    [InlineData("07:05 to 23:59:58 #03 delta 128 id 1", "Delta")]
    [InlineData("07:05 to 23:59:58 #03 delta 1 id -1", "Id")]
    [InlineData("07:05 to 23:59:58 #03 delta 1 id 18446744073709551616", "Id")]
    public void Text_the_BCL_refuses_is_refused(string text, string member)
    {
        Assert.False(Shift.TryParse(text, out _));
        var error = Assert.Throws<ArticleFormatException>(() => Shift.Parse(text));
        Assert.Contains(member, error.Message);
    }

    [Fact]
    public void A_time_with_a_unit_its_format_drops_is_refused()
    {
        var seconds = new Shift(new TimeOnly(7, 5, 1), new TimeOnly(23, 59, 58), 1, 1, 1);
        Assert.Equal("Start", Assert.Throws<ArgumentException>(() => seconds.Format()).ParamName);

        var tick = new Shift(new TimeOnly(7, 5), new TimeOnly(23, 59, 58).Add(TimeSpan.FromTicks(1)), 1, 1, 1);
        Assert.Equal("End", Assert.Throws<ArgumentException>(() => tick.Format()).ParamName);

        var dateTime = new ArticleGen.Tests.Constructs.Slugline(1, new DateTime(2024, 3, 5, 14, 30, 0).AddTicks(1), 1, 1);
        Assert.Equal("Filed", Assert.Throws<ArgumentException>(() => dateTime.Format()).ParamName);
    }
}

#pragma warning disable ARTG026
[ArticleLayout("{Start:HH:mm} to {End:HH:mm:ss} #{Sequence:D2} delta {Delta} id {Id}")]
#pragma warning restore ARTG026
public partial record Shift(TimeOnly Start, TimeOnly End, int Sequence, sbyte Delta, ulong Id);
