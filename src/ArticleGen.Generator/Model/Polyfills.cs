namespace ArticleGen.Generator.Model
{
    /// <summary>
    /// Types the compiler or the generated code needs that older targets (netstandard2.0, .NET Framework) lack,
    /// and that the generator therefore supplies as internal types of the project.
    /// </summary>
    [System.Flags]
    internal enum Polyfills
    {
        None = 0,

        /// <summary><c>System.Runtime.CompilerServices.IsExternalInit</c>: the init accessors of a positional record.</summary>
        IsExternalInit = 1,

        /// <summary><c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c>: on the out parameter of <c>TryParse</c>.</summary>
        NotNullWhen = 2,
    }
}
