using System.Buffers;
using System.Text;
using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests.Hostile;

internal delegate bool TryParseString<T>(string? text, out T? result)
    where T : class;

internal delegate bool TryParseChars<T>(ReadOnlySpan<char> text, out T? result)
    where T : class;

internal delegate bool TryParseUtf8<T>(ReadOnlySpan<byte> utf8, out T? result)
    where T : class;

/// <summary>TryParse(ReadOnlyMemory&lt;byte&gt;), which records with ReadOnlyMemory&lt;byte&gt; members have (their values slice it).</summary>
internal delegate bool TryParseMemory<T>(ReadOnlyMemory<byte> utf8, out T? result)
    where T : class;

internal delegate T ParseChars<T>(ReadOnlySpan<char> text);

internal delegate T ParseUtf8<T>(ReadOnlySpan<byte> utf8);

internal delegate bool TryFormatChars<T>(T value, Span<char> destination, out int charsWritten);

internal delegate bool TryFormatUtf8<T>(T value, Span<byte> destination, out int bytesWritten);

/// <summary>A broken promise of the generated API, found by a hostile test. Carries what was checked, not the input (the driver adds it).</summary>
internal sealed class HostileCheckException(string message) : Exception(message);

/// <summary>Which parse overloads a check calls. TryParse is always called on every overload that fits the input.</summary>
[Flags]
internal enum ParsePaths
{
    None = 0,
    ParseString = 1,
    ParseChars = 2,
    ParseUtf8 = 4,
    All = ParseString | ParseChars | ParseUtf8,
}

/// <summary>Per-layout counts, safe to bump from many threads.</summary>
internal sealed class LayoutCounts
{
    private long _accepted;
    private long _rejected;
    private long _formatted;
    private long _refused;
    private long _knownBugs;

    /// <summary>Inputs TryParse read.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Inputs TryParse refused.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Records that Format wrote (and that read back equal).</summary>
    public long Formatted => Interlocked.Read(ref _formatted);

    /// <summary>Records that Format refused with ArgumentException.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Inputs that hit a known, reported bug (see KnownBugTests) and were let through.</summary>
    public long KnownBugs => Interlocked.Read(ref _knownBugs);

    /// <summary>The message of the first refusal, for the test output.</summary>
    public string? FirstRefusal { get; private set; }

    public void Accept() => Interlocked.Increment(ref _accepted);

    public void Reject() => Interlocked.Increment(ref _rejected);

    public void Format() => Interlocked.Increment(ref _formatted);

    public void Refuse(string message)
    {
        if (Interlocked.Increment(ref _refused) == 1)
        {
            FirstRefusal = message;
        }
    }

    public void KnownBug() => Interlocked.Increment(ref _knownBugs);

    public override string ToString() => $"accepted {Accepted}, rejected {Rejected}, formatted {Formatted}, refused {Refused}, known bugs {KnownBugs}";
}

/// <summary>
/// Every public entry point of one generated layout type, behind a non-generic face, with the checks the
/// contract promises: TryParse never throws, Parse throws only ArticleFormatException and exactly when TryParse
/// says false, every overload agrees, errors point into the input with a caret under the column, and Format
/// either refuses with ArgumentException or writes text that reads back equal. For a record read from text,
/// Format must not refuse (unless the text needs a documented refusal: a leading U+FEFF or a CR before a line
/// break), and for layouts made only of text it must write the input back byte for byte.
/// </summary>
internal abstract class LayoutProbe(string name, bool document, bool textOnly)
{
    /// <summary>The layout type's name.</summary>
    public string Name { get; } = name;

    /// <summary>Whether the layout has line breaks (its canonical text ends with a line break).</summary>
    public bool IsDocument { get; } = document;

    /// <summary>Whether every member is text (string, ReadOnlyMemory, nested text layouts): then Format of a parsed text is that text, normalized.</summary>
    public bool TextOnly { get; } = textOnly;

    public LayoutCounts Counts { get; } = new();

    public override string ToString() => Name;

    /// <summary>
    /// Checks TryParse(string), TryParse(span) and, when <paramref name="utf8"/> (the same text as UTF-8) is given,
    /// TryParse(bytes) on one input; the Parse overloads in <paramref name="parsePaths"/>; and Format of what was read.
    /// Returns the record or null.
    /// </summary>
    public abstract object? Check(string text, byte[]? utf8, ParsePaths parsePaths);

    /// <summary>Checks that invalid UTF-8 is refused, and with <paramref name="parse"/> that Parse gives the documented error.</summary>
    public abstract void CheckInvalidUtf8(byte[] utf8, int invalidAt, bool parse);

    /// <summary>Checks Format and its siblings on a record of this layout (a round-trip property).</summary>
    public abstract bool CheckRecord(object record);

    /// <summary>A plain outcome for comparisons between runs: the canonical text, "refused", or the error message.</summary>
    public abstract string Outcome(string text);

    /// <summary>Like <see cref="Outcome"/>, reading UTF-8.</summary>
    public abstract string OutcomeUtf8(byte[] utf8);

    /// <summary>What Format, TryFormat (UTF-8) and WriteTo make of a record: the texts, or "refused" and the message.</summary>
    public abstract string RecordOutcome(object record);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    protected static void Fail(string message) => throw new HostileCheckException(message);
}

internal sealed class LayoutProbe<T>(
    string name,
    bool document,
    bool textOnly,
    TryParseString<T> tryParseString,
    TryParseChars<T> tryParseChars,
    TryParseUtf8<T> tryParseUtf8,
    Func<string, T> parseString,
    ParseChars<T> parseChars,
    ParseUtf8<T> parseUtf8,
    Func<T, string> format,
    TryFormatChars<T> tryFormatChars,
    TryFormatUtf8<T> tryFormatUtf8,
    Action<T, IBufferWriter<byte>> writeTo,
    TryParseMemory<T>? tryParseMemory = null) : LayoutProbe(name, document, textOnly)
    where T : class
{
    private static readonly EqualityComparer<T> Comparer = EqualityComparer<T>.Default;

    [ThreadStatic]
    private static char[]? refusalChars;

    [ThreadStatic]
    private static byte[]? refusalBytes;

    public override object? Check(string text, byte[]? utf8, ParsePaths parsePaths)
    {
        bool byString;
        bool byChars;
        T? fromString;
        T? fromChars;
        try
        {
            byString = tryParseString(text, out fromString);
        }
        catch (Exception e)
        {
            Fail($"{Name}.TryParse(string) threw {e.GetType().Name}: {e.Message}");
            return null;
        }

        try
        {
            byChars = tryParseChars(text.AsSpan(), out fromChars);
        }
        catch (Exception e)
        {
            Fail($"{Name}.TryParse(ReadOnlySpan<char>) threw {e.GetType().Name}: {e.Message}");
            return null;
        }

        CheckTryResult("TryParse(string)", byString, fromString);
        CheckTryResult("TryParse(ReadOnlySpan<char>)", byChars, fromChars);
        if (byString != byChars || (byString && !Comparer.Equals(fromString, fromChars)))
        {
            Fail($"{Name}: TryParse(string) gave {Show(byString, fromString)} but TryParse(ReadOnlySpan<char>) gave {Show(byChars, fromChars)}");
        }

        if (utf8 is not null)
        {
            bool byUtf8;
            T? fromUtf8;
            try
            {
                byUtf8 = tryParseUtf8(utf8, out fromUtf8);
            }
            catch (Exception e)
            {
                Fail($"{Name}.TryParse(ReadOnlySpan<byte>) threw {e.GetType().Name}: {e.Message}");
                return null;
            }

            CheckTryResult("TryParse(ReadOnlySpan<byte>)", byUtf8, fromUtf8);
            if (byUtf8 != byString || (byUtf8 && !Comparer.Equals(fromUtf8, fromString)))
            {
                Fail($"{Name}: TryParse(ReadOnlySpan<byte>) gave {Show(byUtf8, fromUtf8)} but TryParse(string) gave {Show(byString, fromString)}");
            }

            if (tryParseMemory is not null)
            {
                // The memory overload slices where the span overload copies: the same records either way.
                bool byMemory = tryParseMemory(utf8, out T? fromMemory);
                if (byMemory != byString || (byMemory && !Comparer.Equals(fromMemory, fromString)))
                {
                    Fail($"{Name}: TryParse(ReadOnlyMemory<byte>) gave {Show(byMemory, fromMemory)} but TryParse(string) gave {Show(byString, fromString)}");
                }
            }

            if (byString)
            {
                CheckParse("Parse(ReadOnlySpan<byte>)", byString, fromString, () => parseUtf8(utf8), text);
            }
            else if ((parsePaths & ParsePaths.ParseUtf8) != 0)
            {
                // Where the UTF-8 error is checked, it is checked against the string's: the byte scanner and the
                // char scanner must fail alike.
                CheckSameError(text, utf8);
            }
        }

        // Where TryParse said true, every Parse overload is checked (that costs no exception); where it said false,
        // the overloads in parsePaths are.
        if (byString || (parsePaths & ParsePaths.ParseString) != 0)
        {
            CheckParse("Parse(string)", byString, fromString, () => parseString(text), text);
        }

        if (byString || (parsePaths & ParsePaths.ParseChars) != 0)
        {
            CheckParse("Parse(ReadOnlySpan<char>)", byString, fromString, () => parseChars(text.AsSpan()), text);
        }

        if (byString)
        {
            Counts.Accept();
            CheckFormat(fromString!, text);
        }
        else
        {
            Counts.Reject();
        }

        return fromString;
    }

    public override void CheckInvalidUtf8(byte[] utf8, int invalidAt, bool parse)
    {
        bool accepted;
        T? result;
        try
        {
            accepted = tryParseUtf8(utf8, out result);
        }
        catch (Exception e)
        {
            Fail($"{Name}.TryParse(ReadOnlySpan<byte>) threw {e.GetType().Name}: {e.Message}");
            return;
        }

        CheckTryResult("TryParse(ReadOnlySpan<byte>)", accepted, result);
        if (accepted)
        {
            Fail($"{Name}.TryParse(ReadOnlySpan<byte>) accepted invalid UTF-8 (first bad byte at offset {invalidAt})");
        }

        if (parse)
        {
            CheckInvalidUtf8Error(utf8, invalidAt);
        }

        Counts.Reject();
    }

    public override bool CheckRecord(object record) => CheckFormat((T)record, source: null);

    public override string RecordOutcome(object record)
    {
        string outcome = FormatOutcome((T)record);
        try
        {
            byte[] utf8 = new byte[64 * 1024];
            return outcome + "\n" + (tryFormatUtf8((T)record, utf8, out int written) ? Convert.ToHexString(utf8, 0, written) : "too long");
        }
        catch (ArgumentException e)
        {
            return outcome + "\nrefused " + e.Message;
        }
    }

    public override string Outcome(string text)
    {
        try
        {
            T value = parseString(text);
            return FormatOutcome(value);
        }
        catch (ArticleFormatException e)
        {
            return $"error {e.Line}:{e.Column} {e.Expected} {e.Member} {e.LayoutType}\n{e.Message}";
        }
    }

    public override string OutcomeUtf8(byte[] utf8)
    {
        try
        {
            T value = parseUtf8(utf8);
            return FormatOutcome(value);
        }
        catch (ArticleFormatException e)
        {
            return $"error {e.Line}:{e.Column} {e.Expected} {e.Member} {e.LayoutType}\n{e.Message}";
        }
    }

    private string FormatOutcome(T value)
    {
        try
        {
            string text = format(value);
            var writer = new ArrayBufferWriter<byte>();
            writeTo(value, writer);
            return "ok " + value.GetHashCode() + "\n" + text + "\n" + Convert.ToHexString(writer.WrittenSpan);
        }
        catch (ArgumentException e)
        {
            return "refused " + e.Message;
        }
    }

    private void CheckTryResult(string what, bool accepted, T? result)
    {
        if (accepted && result is null)
        {
            Fail($"{Name}.{what} returned true with a null result");
        }

        if (!accepted && result is not null)
        {
            Fail($"{Name}.{what} returned false with a non-null result");
        }
    }

    private void CheckParse(string what, bool accepted, T? expected, Func<T> parse, string text)
    {
        T parsed;
        try
        {
            parsed = parse();
        }
        catch (ArticleFormatException e)
        {
            if (accepted)
            {
                Fail($"{Name}.{what} threw where TryParse returned true: {e.Message}");
            }

            CheckErrorShape(e, text);
            return;
        }
        catch (Exception e)
        {
            Fail($"{Name}.{what} threw {e.GetType().Name} (only ArticleFormatException is allowed): {e.Message}");
            return;
        }

        if (!accepted)
        {
            Fail($"{Name}.{what} succeeded where TryParse returned false");
        }

        if (parsed is null || !Comparer.Equals(parsed, expected))
        {
            Fail($"{Name}.{what} gave {Show(true, parsed)} but TryParse gave {Show(true, expected)}");
        }
    }

    /// <summary>
    /// The byte scanner and the char scanner must fail alike: the same message (so the same expected part, member,
    /// found text and caret), line and column (UTF-16 units of the decoded text) whether the text came as a string or
    /// as UTF-8. Checked wherever the UTF-8 error is (every seed and prefix, and a third of the mutated inputs of each
    /// layout, taking turns with the other overloads).
    /// </summary>
    private void CheckSameError(string text, byte[] utf8)
    {
        ArticleFormatException? fromString = Error(() => parseString(text), "Parse(string)");
        ArticleFormatException? fromUtf8 = Error(() => parseUtf8(utf8), "Parse(ReadOnlySpan<byte>)");
        if (fromString is null || fromUtf8 is null)
        {
            Fail($"{Name}: Parse(string) and Parse(ReadOnlySpan<byte>) disagree on whether the text reads: {(fromString is null ? "string read it" : "UTF-8 read it")}");
        }

        CheckErrorShape(fromUtf8, text);
        if (fromString.Message != fromUtf8.Message || fromString.Line != fromUtf8.Line || fromString.Column != fromUtf8.Column
            || fromString.Expected != fromUtf8.Expected || fromString.Member != fromUtf8.Member || fromString.LineText != fromUtf8.LineText)
        {
            Fail($"{Name}: Parse(string) failed with {HostileText.Show(fromString.Message)} ({fromString.Line}:{fromString.Column}) but Parse(ReadOnlySpan<byte>) with {HostileText.Show(fromUtf8.Message)} ({fromUtf8.Line}:{fromUtf8.Column})");
        }
    }

    private ArticleFormatException? Error(Func<T> parse, string what)
    {
        try
        {
            parse();
            return null;
        }
        catch (ArticleFormatException e)
        {
            return e;
        }
        catch (Exception e)
        {
            Fail($"{Name}.{what} threw {e.GetType().Name} (only ArticleFormatException is allowed): {e.Message}");
            return null;
        }
    }

    /// <summary>Line and column point into the (normalized) input, the message starts with them and shows that line with a caret.</summary>
    private void CheckErrorShape(ArticleFormatException e, string text)
    {
        string prefix = $"Line {e.Line}, column {e.Column}: expected ";
        if (e.Line < 1 || e.Column < 1 || !e.Message.StartsWith(prefix, StringComparison.Ordinal))
        {
            Fail($"{Name}: error message does not start with \"{prefix}\": {HostileText.Show(e.Message)}");
        }

        if (string.IsNullOrEmpty(e.Expected) || e.LayoutType.Length == 0)
        {
            Fail($"{Name}: error without Expected or LayoutType: {HostileText.Show(e.Message)}");
        }

        string normalized = HostileText.NormalizeInput(text);
        string? line = HostileText.LineAt(normalized, e.Line);
        if (line is null)
        {
            Fail($"{Name}: error at line {e.Line}, but the text has only {normalized.Count(c => c == '\n') + 1} lines: {HostileText.Show(e.Message)}");
        }

        if (e.LineText != line)
        {
            Fail($"{Name}: error LineText {HostileText.Show(e.LineText)} is not line {e.Line} of the input, {HostileText.Show(line)}");
        }

        if (e.Column - 1 > line.Length)
        {
            Fail($"{Name}: error column {e.Column} is past the end of line {e.Line} (length {line.Length})");
        }

        if (HostileText.CaretProblem(e) is { } problem)
        {
            Fail($"{Name}: error message does not show the line with a caret under the column ({problem}): {HostileText.Show(e.Message)}");
        }
    }

    private void CheckInvalidUtf8Error(byte[] utf8, int invalidAt)
    {
        try
        {
            parseUtf8(utf8);
            Fail($"{Name}.Parse(ReadOnlySpan<byte>) accepted invalid UTF-8");
        }
        catch (ArticleFormatException e)
        {
            string offset = "byte offset " + invalidAt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string byteText = "byte 0x" + utf8[invalidAt].ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
            if (e.Expected != "valid UTF-8" || !e.Message.Contains(offset, StringComparison.Ordinal) || !e.Message.Contains(byteText, StringComparison.Ordinal))
            {
                Fail($"{Name}: invalid UTF-8 at offset {invalidAt} gave Expected {HostileText.Show(e.Expected)} and message {HostileText.Show(e.Message)}; expected \"valid UTF-8\" and \"{byteText} at {offset}\"");
            }

            // Line and column: where the valid prefix ends, in the decoded, normalized text.
            int skip = HostileText.HasUtf8Bom(utf8) ? 3 : 0;
            string prefix = HostileText.NormalizeNewLines(Encoding.UTF8.GetString(utf8, skip, invalidAt - skip));
            int line = prefix.Count(c => c == '\n') + 1;
            int column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            if (e.Line != line || e.Column != column)
            {
                Fail($"{Name}: invalid UTF-8 at offset {invalidAt} reported at line {e.Line}, column {e.Column}; the valid prefix ends at line {line}, column {column}");
            }

            if (HostileText.CaretProblem(e) is { } problem)
            {
                Fail($"{Name}: invalid UTF-8 error does not show the line with a caret under the column ({problem}): {HostileText.Show(e.Message)}");
            }
        }
        catch (HostileCheckException)
        {
            throw;
        }
        catch (Exception e)
        {
            Fail($"{Name}.Parse(ReadOnlySpan<byte>) threw {e.GetType().Name} on invalid UTF-8 (only ArticleFormatException is allowed): {e.Message}");
        }
    }

    /// <summary>
    /// True when Format wrote; false when it refused (ArgumentException). A record read from <paramref name="source"/>
    /// must, for text layouts, format back to that text.
    /// </summary>
    private bool CheckFormat(T record, string? source)
    {
        string written;
        try
        {
            written = format(record);
        }
        catch (ArgumentException e)
        {
            Counts.Refuse(e.Message);
            CheckRefusalAgrees(record, e);
            if (source is not null)
            {
                // A text that was read must be writable, unless it needs a documented refusal: a value that would start
                // the text with U+FEFF (a reader skips it as a byte order mark) or a "\r" right before a line break
                // (a reader takes "\r\n" as a line break). At the very end of a document the line break is optional.
                string normalized = HostileText.NormalizeInput(source);
                int checkedLength = IsDocument && normalized.EndsWith("\r\n", StringComparison.Ordinal) ? normalized.Length - 1 : normalized.Length;
                if (!normalized.StartsWith('\uFEFF') && !normalized.AsSpan(0, checkedLength).Contains("\r\n", StringComparison.Ordinal))
                {
                    Fail($"{Name}: a text that parses was refused by Format (text is lost): {HostileText.Show(normalized)}: {e.Message}");
                }
            }

            return false;
        }
        catch (Exception e)
        {
            Fail($"{Name}.Format threw {e.GetType().Name} (only ArgumentException is allowed): {e.Message}");
            return false;
        }

        if (!tryParseString(written, out T? back))
        {
            string error;
            try
            {
                parseString(written);
                error = "(Parse succeeded?)";
            }
            catch (Exception e)
            {
                error = e.Message;
            }

            Fail($"{Name}: Format wrote {HostileText.Show(written)}, which does not parse: {error}");
        }

        if (!Comparer.Equals(back, record))
        {
            Fail($"{Name}: Format wrote {HostileText.Show(written)}, which reads back as {Show(true, back)} instead of {Show(true, record)}");
        }

        if (Comparer.GetHashCode(back!) != Comparer.GetHashCode(record))
        {
            Fail($"{Name}: {Show(true, record)} and the equal record read back from its text have different hash codes");
        }

        string again = format(back!);
        if (again != written)
        {
            Fail($"{Name}: Format is not canonical: {HostileText.Show(written)} reads back and formats as {HostileText.Show(again)}");
        }

        if (source is not null && TextOnly)
        {
            // The input as a reader sees it. Line breaks at the very end are padding (README, "Input and output"), so
            // the text must come back whole up to them; how many Format writes there is its canonical form, checked above.
            string normalized = HostileText.NormalizeInput(source);
            if (written.TrimEnd('\n') != normalized.TrimEnd('\n'))
            {
                Fail($"{Name}: text lost: {HostileText.Show(normalized)} parsed and formatted as {HostileText.Show(written)}");
            }
        }

        CheckFormatAgreement(record, written);
        Counts.Format();
        return true;
    }

    /// <summary>TryFormat(Span&lt;char&gt;), TryFormat(Span&lt;byte&gt;) and WriteTo write exactly what Format wrote (as UTF-8).</summary>
    private void CheckFormatAgreement(T record, string written)
    {
        char[] chars = new char[written.Length + 8];
        chars.AsSpan().Fill('\uFFFF');
        if (!tryFormatChars(record, chars, out int charsWritten) || charsWritten != written.Length || !chars.AsSpan(0, charsWritten).SequenceEqual(written))
        {
            Fail($"{Name}.TryFormat(Span<char>) with room to spare disagrees with Format: {HostileText.Show(written)}");
        }

        if (!tryFormatChars(record, new char[written.Length], out charsWritten) || charsWritten != written.Length)
        {
            Fail($"{Name}.TryFormat(Span<char>) of exactly {written.Length} chars returned false or a wrong count ({charsWritten})");
        }

        if (written.Length > 0 && (tryFormatChars(record, new char[written.Length - 1], out charsWritten) || charsWritten != 0))
        {
            Fail($"{Name}.TryFormat(Span<char>) one char short returned true or a count ({charsWritten})");
        }

        var buffer = new ArrayBufferWriter<byte>();
        if (HostileText.IsValidUtf16(written))
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(written);
            byte[] bytes = new byte[utf8.Length + 8];
            if (!tryFormatUtf8(record, bytes, out int bytesWritten) || bytesWritten != utf8.Length || !bytes.AsSpan(0, bytesWritten).SequenceEqual(utf8))
            {
                Fail($"{Name}.TryFormat(Span<byte>) disagrees with the UTF-8 of Format: {HostileText.Show(written)}");
            }

            if (!tryFormatUtf8(record, new byte[utf8.Length], out bytesWritten) || bytesWritten != utf8.Length)
            {
                Fail($"{Name}.TryFormat(Span<byte>) of exactly {utf8.Length} bytes returned false or a wrong count ({bytesWritten})");
            }

            if (tryFormatUtf8(record, new byte[utf8.Length - 1], out bytesWritten) || bytesWritten != 0)
            {
                Fail($"{Name}.TryFormat(Span<byte>) one byte short returned true or a count ({bytesWritten})");
            }

            writeTo(record, buffer);
            if (!buffer.WrittenSpan.SequenceEqual(utf8))
            {
                Fail($"{Name}.WriteTo disagrees with the UTF-8 of Format: {HostileText.Show(written)}");
            }

            // The canonical bytes read back through the UTF-8 path too.
            if (!tryParseUtf8(utf8, out T? fromBytes) || !Comparer.Equals(fromBytes, record))
            {
                Fail($"{Name}: the UTF-8 of Format does not read back equal through TryParse(ReadOnlySpan<byte>): {HostileText.Show(written)}");
            }

            if (tryParseMemory is not null && (!tryParseMemory(utf8, out T? fromMemory) || !Comparer.Equals(fromMemory, record)))
            {
                Fail($"{Name}: the UTF-8 of Format does not read back equal through TryParse(ReadOnlyMemory<byte>): {HostileText.Show(written)}");
            }
        }
        else
        {
            // A lone surrogate has no UTF-8 form: the UTF-8 writers refuse, as documented, with the documented message
            // (which names the layout that writes the value: for a base of variants, TryFormat names the variant).
            const string Surrogate = ": a value holds a lone UTF-16 surrogate, which has no UTF-8 form; it would not read back the same.";
            ExpectArgumentException("TryFormat(Span<byte>) of text with a lone surrogate", () => tryFormatUtf8(record, new byte[(written.Length * 3) + 8], out _), Surrogate, endsWith: true);
            ExpectArgumentException("WriteTo of text with a lone surrogate", () => writeTo(record, buffer), Surrogate, endsWith: true);
        }
    }

    /// <summary>
    /// When Format refuses a record, the other writers refuse it too, with the same exception: the UTF-8 writers
    /// (which write the bytes themselves) say exactly what the text writer says, in the same words.
    /// </summary>
    private void CheckRefusalAgrees(T record, ArgumentException refusal)
    {
        // Reused per thread: 64K-char buffers would otherwise land on the large object heap for every refusal.
        char[] chars = refusalChars ??= new char[1 << 16];
        byte[] bytes = refusalBytes ??= new byte[1 << 16];
        ExpectArgumentException("TryFormat(Span<char>) of a record Format refused", () => tryFormatChars(record, chars, out _), refusal.Message, refusal.GetType());
        ExpectArgumentException("TryFormat(Span<byte>) of a record Format refused", () => tryFormatUtf8(record, bytes, out _), refusal.Message, refusal.GetType());
        ExpectArgumentException("WriteTo of a record Format refused", () => writeTo(record, new ArrayBufferWriter<byte>()), refusal.Message, refusal.GetType());
    }

    private void ExpectArgumentException(string what, Action action, string message, Type? type = null, bool endsWith = false)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            if (!(endsWith ? e.Message.EndsWith(message, StringComparison.Ordinal) : e.Message == message) || (type is not null && e.GetType() != type))
            {
                Fail($"{Name}.{what} threw {e.GetType().Name}: {e.Message}\nbut expected {type?.Name ?? nameof(ArgumentException)}: {message}");
            }

            return;
        }
        catch (Exception e)
        {
            Fail($"{Name}.{what} threw {e.GetType().Name}, not ArgumentException: {e.Message}");
        }

        // A record too long for the fixed buffer could return false instead of throwing; that is not a disagreement.
        // Everything this suite refuses is far shorter than 64K, so reaching here means it did not refuse.
        Fail($"{Name}.{what} did not throw ArgumentException");
    }

    private static string Show(bool accepted, T? value) => accepted ? HostileText.Describe(value) : "false";
}

/// <summary>All the layouts of the test project, each behind a probe.</summary>
internal static class Layouts
{
    /// <summary>Fresh probes (fresh counts) for every layout.</summary>
    public static LayoutProbe[] CreateAll() =>
    [
        Yonhap(), YonhapBytes(), Dateline(), Ap(), Feed(), Byline(), Slugline(), AllTypes(), TagLines(), Corrections(), Lists(), Quote(),
        Optionals(), Escapes(), CrlfLayout(), HardWrapped(), MemoryStory(), Envelope(), CrawledPage(), SignedStory(), EditorNotes(), TaggedItem(), SgmlTags(),
        FeedItem(), WireFeed(), FrontPage(),
    ];

    public static LayoutProbe<YonhapStory> Yonhap() => new(
        nameof(YonhapStory), true, false, YonhapStory.TryParse, YonhapStory.TryParse, YonhapStory.TryParse, YonhapStory.Parse, YonhapStory.Parse, YonhapStory.Parse,
        x => x.Format(), (YonhapStory x, Span<char> d, out int n) => x.TryFormat(d, out n), (YonhapStory x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<YonhapBytes> YonhapBytes() => new(
        nameof(ArticleGen.Tests.YonhapBytes), true, false, ArticleGen.Tests.YonhapBytes.TryParse, ArticleGen.Tests.YonhapBytes.TryParse, ArticleGen.Tests.YonhapBytes.TryParse,
        ArticleGen.Tests.YonhapBytes.Parse, ArticleGen.Tests.YonhapBytes.Parse, ArticleGen.Tests.YonhapBytes.Parse,
        x => x.Format(), (YonhapBytes x, Span<char> d, out int n) => x.TryFormat(d, out n), (YonhapBytes x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w),
        ArticleGen.Tests.YonhapBytes.TryParse);

    public static LayoutProbe<Dateline> Dateline() => new(
        nameof(ArticleGen.Tests.Dateline), false, true, ArticleGen.Tests.Dateline.TryParse, ArticleGen.Tests.Dateline.TryParse, ArticleGen.Tests.Dateline.TryParse,
        ArticleGen.Tests.Dateline.Parse, ArticleGen.Tests.Dateline.Parse, ArticleGen.Tests.Dateline.Parse,
        x => x.Format(), (Dateline x, Span<char> d, out int n) => x.TryFormat(d, out n), (Dateline x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<ApStory> Ap() => new(
        nameof(ApStory), true, true, ApStory.TryParse, ApStory.TryParse, ApStory.TryParse, ApStory.Parse, ApStory.Parse, ApStory.Parse,
        x => x.Format(), (ApStory x, Span<char> d, out int n) => x.TryFormat(d, out n), (ApStory x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<FeedStory> Feed() => new(
        nameof(FeedStory), true, true, FeedStory.TryParse, FeedStory.TryParse, FeedStory.TryParse, FeedStory.Parse, FeedStory.Parse, FeedStory.Parse,
        x => x.Format(), (FeedStory x, Span<char> d, out int n) => x.TryFormat(d, out n), (FeedStory x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Byline> Byline() => new(
        nameof(Constructs.Byline), false, true, Constructs.Byline.TryParse, Constructs.Byline.TryParse, Constructs.Byline.TryParse,
        Constructs.Byline.Parse, Constructs.Byline.Parse, Constructs.Byline.Parse,
        x => x.Format(), (Byline x, Span<char> d, out int n) => x.TryFormat(d, out n), (Byline x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Slugline> Slugline() => new(
        nameof(Constructs.Slugline), false, false, Constructs.Slugline.TryParse, Constructs.Slugline.TryParse, Constructs.Slugline.TryParse,
        Constructs.Slugline.Parse, Constructs.Slugline.Parse, Constructs.Slugline.Parse,
        x => x.Format(), (Slugline x, Span<char> d, out int n) => x.TryFormat(d, out n), (Slugline x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<AllTypes> AllTypes() => new(
        nameof(Constructs.AllTypes), true, false, Constructs.AllTypes.TryParse, Constructs.AllTypes.TryParse, Constructs.AllTypes.TryParse,
        Constructs.AllTypes.Parse, Constructs.AllTypes.Parse, Constructs.AllTypes.Parse,
        x => x.Format(), (AllTypes x, Span<char> d, out int n) => x.TryFormat(d, out n), (AllTypes x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<TagLines> TagLines() => new(
        nameof(Constructs.TagLines), true, true, Constructs.TagLines.TryParse, Constructs.TagLines.TryParse, Constructs.TagLines.TryParse,
        Constructs.TagLines.Parse, Constructs.TagLines.Parse, Constructs.TagLines.Parse,
        x => x.Format(), (TagLines x, Span<char> d, out int n) => x.TryFormat(d, out n), (TagLines x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Corrections> Corrections() => new(
        nameof(Constructs.Corrections), true, true, Constructs.Corrections.TryParse, Constructs.Corrections.TryParse, Constructs.Corrections.TryParse,
        Constructs.Corrections.Parse, Constructs.Corrections.Parse, Constructs.Corrections.Parse,
        x => x.Format(), (Corrections x, Span<char> d, out int n) => x.TryFormat(d, out n), (Corrections x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Lists> Lists() => new(
        nameof(Constructs.Lists), true, false, Constructs.Lists.TryParse, Constructs.Lists.TryParse, Constructs.Lists.TryParse,
        Constructs.Lists.Parse, Constructs.Lists.Parse, Constructs.Lists.Parse,
        x => x.Format(), (Lists x, Span<char> d, out int n) => x.TryFormat(d, out n), (Lists x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Quote> Quote() => new(
        nameof(Constructs.Quote), false, true, Constructs.Quote.TryParse, Constructs.Quote.TryParse, Constructs.Quote.TryParse,
        Constructs.Quote.Parse, Constructs.Quote.Parse, Constructs.Quote.Parse,
        x => x.Format(), (Quote x, Span<char> d, out int n) => x.TryFormat(d, out n), (Quote x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Optionals> Optionals() => new(
        nameof(Constructs.Optionals), true, true, Constructs.Optionals.TryParse, Constructs.Optionals.TryParse, Constructs.Optionals.TryParse,
        Constructs.Optionals.Parse, Constructs.Optionals.Parse, Constructs.Optionals.Parse,
        x => x.Format(), (Optionals x, Span<char> d, out int n) => x.TryFormat(d, out n), (Optionals x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Escapes> Escapes() => new(
        nameof(Constructs.Escapes), false, true, Constructs.Escapes.TryParse, Constructs.Escapes.TryParse, Constructs.Escapes.TryParse,
        Constructs.Escapes.Parse, Constructs.Escapes.Parse, Constructs.Escapes.Parse,
        x => x.Format(), (Escapes x, Span<char> d, out int n) => x.TryFormat(d, out n), (Escapes x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<CrlfLayout> CrlfLayout() => new(
        nameof(Constructs.CrlfLayout), true, true, Constructs.CrlfLayout.TryParse, Constructs.CrlfLayout.TryParse, Constructs.CrlfLayout.TryParse,
        Constructs.CrlfLayout.Parse, Constructs.CrlfLayout.Parse, Constructs.CrlfLayout.Parse,
        x => x.Format(), (CrlfLayout x, Span<char> d, out int n) => x.TryFormat(d, out n), (CrlfLayout x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<HardWrapped> HardWrapped() => new(
        nameof(Constructs.HardWrapped), true, true, Constructs.HardWrapped.TryParse, Constructs.HardWrapped.TryParse, Constructs.HardWrapped.TryParse,
        Constructs.HardWrapped.Parse, Constructs.HardWrapped.Parse, Constructs.HardWrapped.Parse,
        x => x.Format(), (HardWrapped x, Span<char> d, out int n) => x.TryFormat(d, out n), (HardWrapped x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<MemoryStory> MemoryStory() => new(
        nameof(Constructs.MemoryStory), true, true, Constructs.MemoryStory.TryParse, Constructs.MemoryStory.TryParse, Constructs.MemoryStory.TryParse,
        Constructs.MemoryStory.Parse, Constructs.MemoryStory.Parse, Constructs.MemoryStory.Parse,
        x => x.Format(), (MemoryStory x, Span<char> d, out int n) => x.TryFormat(d, out n), (MemoryStory x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<Envelope> Envelope() => new(
        nameof(Constructs.Envelope), true, true, Constructs.Envelope.TryParse, Constructs.Envelope.TryParse, Constructs.Envelope.TryParse,
        Constructs.Envelope.Parse, Constructs.Envelope.Parse, Constructs.Envelope.Parse,
        x => x.Format(), (Envelope x, Span<char> d, out int n) => x.TryFormat(d, out n), (Envelope x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<CrawledPage> CrawledPage() => new(
        nameof(Constructs.CrawledPage), true, true, Constructs.CrawledPage.TryParse, Constructs.CrawledPage.TryParse, Constructs.CrawledPage.TryParse,
        Constructs.CrawledPage.Parse, Constructs.CrawledPage.Parse, Constructs.CrawledPage.Parse,
        x => x.Format(), (CrawledPage x, Span<char> d, out int n) => x.TryFormat(d, out n), (CrawledPage x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<SignedStory> SignedStory() => new(
        nameof(Constructs.SignedStory), true, true, Constructs.SignedStory.TryParse, Constructs.SignedStory.TryParse, Constructs.SignedStory.TryParse,
        Constructs.SignedStory.Parse, Constructs.SignedStory.Parse, Constructs.SignedStory.Parse,
        x => x.Format(), (SignedStory x, Span<char> d, out int n) => x.TryFormat(d, out n), (SignedStory x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<EditorNotes> EditorNotes() => new(
        nameof(Constructs.EditorNotes), true, true, Constructs.EditorNotes.TryParse, Constructs.EditorNotes.TryParse, Constructs.EditorNotes.TryParse,
        Constructs.EditorNotes.Parse, Constructs.EditorNotes.Parse, Constructs.EditorNotes.Parse,
        x => x.Format(), (EditorNotes x, Span<char> d, out int n) => x.TryFormat(d, out n), (EditorNotes x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<TaggedItem> TaggedItem() => new(
        nameof(Constructs.TaggedItem), true, false, Constructs.TaggedItem.TryParse, Constructs.TaggedItem.TryParse, Constructs.TaggedItem.TryParse,
        Constructs.TaggedItem.Parse, Constructs.TaggedItem.Parse, Constructs.TaggedItem.Parse,
        x => x.Format(), (TaggedItem x, Span<char> d, out int n) => x.TryFormat(d, out n), (TaggedItem x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    /// <summary>The abstract record read by its variants at the top level (one-line and document variants mixed).</summary>
    public static LayoutProbe<FeedItem> FeedItem() => new(
        nameof(Constructs.FeedItem), true, true, Constructs.FeedItem.TryParse, Constructs.FeedItem.TryParse, Constructs.FeedItem.TryParse,
        Constructs.FeedItem.Parse, Constructs.FeedItem.Parse, Constructs.FeedItem.Parse,
        x => x.Format(), (FeedItem x, Span<char> d, out int n) => x.TryFormat(d, out n), (FeedItem x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    /// <remarks>
    /// Not text-only: an item read by a document variant (FullStory) ignores blank lines at its end, as a nested
    /// document layout does, so text with blank lines before the next "&gt;&gt;&gt; " comes back without them.
    /// </remarks>
    public static LayoutProbe<WireFeed> WireFeed() => new(
        nameof(Constructs.WireFeed), true, false, Constructs.WireFeed.TryParse, Constructs.WireFeed.TryParse, Constructs.WireFeed.TryParse,
        Constructs.WireFeed.Parse, Constructs.WireFeed.Parse, Constructs.WireFeed.Parse,
        x => x.Format(), (WireFeed x, Span<char> d, out int n) => x.TryFormat(d, out n), (WireFeed x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<FrontPage> FrontPage() => new(
        nameof(Constructs.FrontPage), true, true, Constructs.FrontPage.TryParse, Constructs.FrontPage.TryParse, Constructs.FrontPage.TryParse,
        Constructs.FrontPage.Parse, Constructs.FrontPage.Parse, Constructs.FrontPage.Parse,
        x => x.Format(), (FrontPage x, Span<char> d, out int n) => x.TryFormat(d, out n), (FrontPage x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));

    public static LayoutProbe<SgmlTags> SgmlTags() => new(
        nameof(Constructs.SgmlTags), true, true, Constructs.SgmlTags.TryParse, Constructs.SgmlTags.TryParse, Constructs.SgmlTags.TryParse,
        Constructs.SgmlTags.Parse, Constructs.SgmlTags.Parse, Constructs.SgmlTags.Parse,
        x => x.Format(), (SgmlTags x, Span<char> d, out int n) => x.TryFormat(d, out n), (SgmlTags x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w));
}
