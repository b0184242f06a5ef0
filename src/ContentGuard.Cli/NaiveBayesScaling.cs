using Microsoft.ML;
using Microsoft.ML.Data;

namespace ContentGuard.Cli;

/// <summary>
/// NB-LR (Wang &amp; Manning 2012, "Baselines and Bigrams"): every feature is scaled by the naive-Bayes log-count
/// ratio of the two classes before the logistic regression is fitted, so the regularizer spends less on the features
/// that separate the classes. <see cref="Fit"/> stores the scaling as an ordinary ML.NET min-max normalizer (zero kept
/// fixed) whose per-feature scale is |r|; <see cref="Fold"/> then multiplies it into the regression weights, so the
/// saved model is a plain logistic regression over the features. Either way the zip holds only ML.NET transforms and
/// loads and scores like any other. (The sign of r does not matter to an L2-regularized linear model: the weight takes
/// it.)
/// </summary>
internal static class NaiveBayesScaling
{
    /// <summary>
    /// Fits <paramref name="features"/> on <paramref name="data"/>, the NB scaler on the featurized rows (binarized
    /// document counts per class, add-<paramref name="alpha"/> smoothing over the features seen in training), and
    /// <paramref name="trainer"/> on the scaled rows; returns the three as one chain.
    /// </summary>
    public static ITransformer Fit(MLContext ml, IEstimator<ITransformer> features, IEstimator<ITransformer> trainer, IDataView data, double alpha = 1)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(data);
        var featurizer = features.Fit(data);
        var featurized = featurizer.Transform(data);
        var ratios = AbsLogCountRatios(featurized, alpha);
        var scaler = Scaler(ml, ratios);
        var model = trainer.Fit(scaler.Transform(featurized));
        return featurizer.Append(scaler).Append(model);
    }

    /// <summary>
    /// The same model as <paramref name="chain"/> (featurizer → NB scaler → calibrated logistic regression, as
    /// <see cref="Fit"/> makes it) with the scale folded into the regression weights: w·(r∘x) = (w∘r)·x, since the scaler
    /// comes after the L2 normalization. The result is featurizer → logistic regression: no dense scale vector to store
    /// or apply (a third of the file, and faster scoring). ML.NET has no public constructor for linear model parameters,
    /// so they are made through its internal constructors; <paramref name="check"/> rows are scored by both models and
    /// the fold is refused (null) unless every probability agrees within 1e-5.
    /// </summary>
    public static ITransformer? Fold(MLContext ml, TransformerChain<ITransformer> chain, IDataView check)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(check);
        var parts = chain.ToArray();
        if (parts.Length != 3
            || parts[1] is not Microsoft.ML.Transforms.NormalizingTransformer scaler
            || parts[2] is not BinaryPredictionTransformer<Microsoft.ML.Calibrators.CalibratedModelParametersBase<Microsoft.ML.Trainers.LinearBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator>> model)
        {
            return null;
        }

        if (scaler.GetNormalizerModelParameters(0) is not Microsoft.ML.Transforms.NormalizingTransformer.AffineNormalizerModelParameters<System.Collections.Immutable.ImmutableArray<float>> affine)
        {
            return null;
        }

        var weights = model.Model.SubModel.Weights;
        var scale = affine.Scale;
        if (scale.Length != weights.Count)
        {
            return null;
        }

        var indices = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < weights.Count; i++)
        {
            var v = weights[i] * scale[i];
            if (v != 0)
            {
                indices.Add(i);
                values.Add(v);
            }
        }

        try
        {
            var env = (Microsoft.ML.Runtime.IHostEnvironment)ml;
            var folded = new VBuffer<float>(weights.Count, indices.Count, [.. values], [.. indices]);
            var subType = typeof(Microsoft.ML.Trainers.LinearBinaryModelParameters);
            var sub = Internal(subType, env, folded, model.Model.SubModel.Bias, null);
            var calibrator = model.Model.Calibrator;
            var mixing = typeof(Microsoft.ML.Calibrators.PlattCalibrator).Assembly.GetType("Microsoft.ML.Calibrators.ParameterMixingCalibratedModelParameters`2", throwOnError: true)!
                .MakeGenericType(subType, typeof(Microsoft.ML.Calibrators.PlattCalibrator));
            var calibrated = Internal(mixing, env, sub, calibrator);
            var transformer = (ITransformer)Internal(model.GetType(), env, calibrated, parts[0].GetOutputSchema(check.Schema), model.FeatureColumnName, 0f, "Score");
            var result = parts[0].Append(transformer);
            var expected = chain.Transform(check).GetColumn<float>("Probability").ToArray();
            var actual = result.Transform(check).GetColumn<float>("Probability").ToArray();
            return expected.Length == actual.Length && expected.Zip(actual).All(t => Math.Abs(t.First - t.Second) <= 1e-5f) ? result : null;
        }
        catch (Exception e) when (e is MissingMethodException or System.Reflection.TargetInvocationException or InvalidCastException or TypeLoadException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="model"/> still holds the NB scale as a normalizer (<see cref="Fold"/> was refused).</summary>
    public static bool HoldsScaler(ITransformer model) =>
        model is TransformerChain<ITransformer> chain && chain.Any(t => t is Microsoft.ML.Transforms.NormalizingTransformer);

    /// <summary>Calls the one non-public instance constructor of <paramref name="type"/> whose parameters take <paramref name="args"/>.</summary>
    private static object Internal(Type type, params object?[] args)
    {
        foreach (var c in type.GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance))
        {
            var ps = c.GetParameters();
            if (ps.Length == args.Length && ps.Zip(args).All(t => t.Second is null ? !t.First.ParameterType.IsValueType : (t.First.ParameterType.IsByRef ? t.First.ParameterType.GetElementType()! : t.First.ParameterType).IsInstanceOfType(t.Second)))
            {
                return c.Invoke(args);
            }
        }

        throw new MissingMethodException(type.FullName, ".ctor");
    }

    /// <summary>|log((p_i / |p|₁) / (q_i / |q|₁))| per feature (p, q: smoothed counts of offensive and other rows with the feature); 0 for features never seen.</summary>
    internal static float[] AbsLogCountRatios(IDataView featurized, double alpha)
    {
        var column = featurized.Schema["Features"];
        var size = column.Type is VectorDataViewType { Size: > 0 } v ? v.Size : throw new InvalidOperationException("Features must be a vector of known size.");
        var positive = new int[size];
        var negative = new int[size];
        using (var cursor = featurized.GetRowCursor([column, featurized.Schema["Label"]]))
        {
            var getFeatures = cursor.GetGetter<VBuffer<float>>(column);
            var getLabel = cursor.GetGetter<bool>(featurized.Schema["Label"]);
            var buffer = default(VBuffer<float>);
            var label = false;
            while (cursor.MoveNext())
            {
                getFeatures(ref buffer);
                getLabel(ref label);
                var counts = label ? positive : negative;
                var values = buffer.GetValues();
                if (buffer.IsDense)
                {
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (values[i] != 0)
                        {
                            counts[i]++;
                        }
                    }
                }
                else
                {
                    var indices = buffer.GetIndices();
                    for (var j = 0; j < indices.Length; j++)
                    {
                        if (values[j] != 0)
                        {
                            counts[indices[j]]++;
                        }
                    }
                }
            }
        }

        double sumP = 0, sumQ = 0;
        for (var i = 0; i < size; i++)
        {
            if (positive[i] + negative[i] > 0)
            {
                sumP += positive[i] + alpha;
                sumQ += negative[i] + alpha;
            }
        }

        var ratios = new float[size];
        for (var i = 0; i < size; i++)
        {
            if (positive[i] + negative[i] > 0)
            {
                ratios[i] = (float)Math.Abs(Math.Log((positive[i] + alpha) / sumP / ((negative[i] + alpha) / sumQ)));
            }
        }

        return ratios;
    }

    /// <summary>A min-max normalizer (zero fixed) fitted on a synthetic row holding 1/|r_i| and a zero row, so its scale for feature i is |r_i|.</summary>
    private static Microsoft.ML.Transforms.NormalizingTransformer Scaler(MLContext ml, float[] ratios)
    {
        var indices = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] > 0)
            {
                indices.Add(i);
                values.Add(1f / ratios[i]);
            }
        }

        var row = new ScaleRow { Features = new VBuffer<float>(ratios.Length, indices.Count, [.. values], [.. indices]) };
        var schema = SchemaDefinition.Create(typeof(ScaleRow));
        schema[nameof(ScaleRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ratios.Length);
        // With a second, all-zero row each feature's range is [0, 1/|r_i|] (a single row would be a constant column).
        var zero = new ScaleRow { Features = new VBuffer<float>(ratios.Length, 0, [], []) };
        var view = ml.Data.LoadFromEnumerable([row, zero], schema);
        return ml.Transforms.NormalizeMinMax("Features", fixZero: true).Fit(view);
    }

    private sealed class ScaleRow
    {
        public VBuffer<float> Features { get; set; }
    }
}
