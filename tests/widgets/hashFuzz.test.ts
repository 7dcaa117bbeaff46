/**
 * Hostile URL hashes against every widget's state reader: random and truncated hashes, unknown
 * keys, "__proto__"-style keys, oversized arrays, wrong types and percent-garbage. Each reader
 * must never throw, must return a state whose every number is finite and inside the widget's
 * own limits, and must report a fallback whenever one of its own keys held something unusable.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ACTIVATIONS, KERNEL_PRESETS, presetById } from "../../src/core";
import {
  DEFAULT_STATE,
  SLOPE_LIMIT,
  VIEWS as BA_VIEWS,
} from "../../src/widgets/BiasActivation/model";
import { readBiasActivationState } from "../../src/widgets/BiasActivation/state";
import { readOutputState } from "../../src/widgets/Channels/state";
import { GEOMETRY_KEYS, LIMITS } from "../../src/widgets/ConvArithmetic/model";
import { readGeometryState } from "../../src/widgets/ConvArithmetic/state";
import { FEATURE_MAPS, ringsData } from "../../src/widgets/KernelFeatureMap/model";
import {
  DEFAULT_KF_STATE,
  KF_KEYS,
  TURN_STEP,
  readKernelFeatureMapState,
} from "../../src/widgets/KernelFeatureMap/state";
import { FIELD_LIMIT } from "../../src/widgets/parseNumber";
import { defaultConfig } from "../../src/widgets/PipelineExplorer/model";
import { readExplorerState } from "../../src/widgets/PipelineExplorer/state";
import { SAMPLES } from "../../src/widgets/samples";
import { PADDINGS, SLIDING_INPUTS } from "../../src/widgets/SlidingWindow/model";
import {
  SW_KEYS,
  encodeGrey,
  outputSide,
  readSlidingState,
} from "../../src/widgets/SlidingWindow/state";
import { LENS_KEYS, readLensState } from "../../src/widgets/TermLens/state";
import { OUTPUT_STAGES } from "../../src/widgets/Trace/model";
import { traceNetwork } from "../../src/widgets/Trace/network";
import {
  TR_KEYS,
  readTraceCursor,
  traceShape,
  type TraceShape,
} from "../../src/widgets/Trace/state";
import {
  DEFAULT_OCCLUSION,
  OCCLUDER_SIZES,
  TENSOR_KINDS,
  occluderSteps,
} from "../../src/widgets/TrainedNetwork/model";
import {
  SHIFT_RANGE,
  TN_KEYS,
  VIEWS as TN_VIEWS,
  readTrainedNetworkState,
  type StateLimits,
} from "../../src/widgets/TrainedNetwork/state";

const RUNS = 1000;

/** One widget's reader as the fuzzer sees it. C is what the widget passes besides the hash. */
interface ReaderSpec<C> {
  name: string;
  /** The widget's limits (point counts, map shapes, …), as the page would pass them. */
  context: fc.Arbitrary<C>;
  /** Each own key and a value the widget can use. */
  valid: (c: C) => Record<string, fc.Arbitrary<string>>;
  /** Values of a key that are well-formed but beyond the widget's limits. */
  beyond: (c: C) => Record<string, fc.Arbitrary<string>>;
  read: (hash: string, c: C) => { state: unknown; fellBack: boolean };
  /** Throws unless every field of the state is one the widget can show. */
  inRange: (state: never, c: C) => void;
}

function spec<C, S>(
  s: Omit<ReaderSpec<C>, "read" | "inRange"> & {
    read: (hash: string, c: C) => { state: S; fellBack: boolean };
    inRange: (state: S, c: C) => void;
  },
): ReaderSpec<C> {
  return s as unknown as ReaderSpec<C>;
}

// ---- building blocks of hostile hashes -------------------------------------------------------

const HUGE_LIST = Array.from({ length: 100_000 }, (_, i) => String((i % 17) - 8)).join(",");
/** Escapes decodeURIComponent refuses (truncated, non-hex, overlong, lone surrogate). */
const PERCENT_GARBAGE = ["%", "%E0", "%A", "%ZZ", "%C0%AF", "%ED%A0%80", "%FF", "%E0%A4%A"];
/** Values no reader may accept, whatever the key. */
const UNUSABLE = [
  "",
  " ",
  "-",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1e999",
  "0x10",
  "abc",
  "1\n2",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "\u0000",
  "9".repeat(400),
  HUGE_LIST,
  `${HUGE_LIST},x`,
];
const PROTO_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
];
const FOREIGN_KEYS = [
  "lens",
  "pin",
  "x",
  "pe.x",
  "pe.w1.1",
  "pe.b1",
  "sw.pos",
  "sw.k",
  "ba.bias",
  "ch.o",
  "ca.n",
  "tr.at",
  "kf.phi",
  "tn.digit",
  "tn.occ.size",
  "section-heading",
];

const percentGarbage = fc
  .array(fc.constantFrom(...PERCENT_GARBAGE), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(""));
/** Text nothing accepts: "~" starts no id and no number, even after %-decoding. */
const tilde = fc.string().map((s) => `~${s}`);
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(...UNUSABLE),
  percentGarbage,
);
const numberList = (length: number, lo: number, hi: number) =>
  fc
    .array(fc.double({ min: lo, max: hi, noNaN: true }), { minLength: length, maxLength: length })
    .map((values) => values.map(String).join(","));
const wholeIn = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map(String);
const oneOf = (values: readonly (string | number)[]) => fc.constantFrom(...values.map(String));

/** key=value with both parts %-encoded, or the value pasted raw (as a hand edit would). */
function pair(key: string, value: string, raw: boolean): string {
  return `${encodeURIComponent(key)}=${raw ? value : encodeURIComponent(value)}`;
}

function ownKeys<C>(s: ReaderSpec<C>, c: C): string[] {
  return Object.keys(s.valid(c));
}

/** A hash of own, foreign, prototype-named and malformed parts, in any order. */
function hostileHash<C>(s: ReaderSpec<C>, c: C): fc.Arbitrary<string> {
  const valid = s.valid(c);
  const beyond = s.beyond(c);
  const own = fc
    .constantFrom(...Object.keys(valid))
    .chain((key) =>
      fc
        .tuple(
          fc.oneof(valid[key], beyond[key] ?? anyText, anyText, percentGarbage, tilde),
          fc.boolean(),
        )
        .map(([value, raw]) => pair(key, value, raw)),
    );
  const foreign = fc
    .tuple(fc.oneof(fc.constantFrom(...FOREIGN_KEYS, ...PROTO_KEYS), fc.string()), anyText)
    .map(([key, value]) => pair(key, value, false));
  const malformed = fc.oneof(anyText, fc.constantFrom("=", "&", "==", "novalue", "=x", "#"));
  return fc
    .tuple(
      fc.array(fc.oneof(own, own, foreign, malformed), { maxLength: 8 }),
      fc.constantFrom("#", ""),
    )
    .map(([parts, start]) => start + parts.join("&"));
}

/** A hash in which exactly one own key holds something unusable; the rest is harmless. */
function hashWithOneUnusable<C>(s: ReaderSpec<C>, c: C): fc.Arbitrary<string> {
  const valid = s.valid(c);
  const beyond = s.beyond(c);
  const keys = Object.keys(valid);
  return fc.constantFrom(...keys).chain((badKey) => {
    const unusable = fc.oneof(
      fc.constantFrom(...UNUSABLE),
      tilde,
      percentGarbage,
      ...(beyond[badKey] ? [beyond[badKey]] : []),
    );
    const others = keys.filter((k) => k !== badKey);
    return fc
      .tuple(
        // Raw values must not smuggle in a second pair of ours after "&".
        fc
          .tuple(unusable, fc.boolean())
          .map(([v, raw]) => pair(badKey, v, raw && !v.includes("&"))),
        fc.tuple(...others.map((k) => fc.option(valid[k].map((v) => pair(k, v, false))))),
        fc.array(
          fc
            .tuple(fc.constantFrom(...FOREIGN_KEYS, ...PROTO_KEYS), anyText)
            .filter(([k]) => !keys.includes(k))
            .map(([k, v]) => pair(k, v, false)),
          { maxLength: 3 },
        ),
      )
      .chain(([bad, rest, foreign]) => {
        const parts = [bad, ...rest.filter((p): p is string => p !== null), ...foreign];
        return fc.shuffledSubarray(parts, { minLength: parts.length });
      })
      .map((parts) => `#${parts.join("&")}`);
  });
}

/** Every number anywhere in the value, with its path. */
function numbersIn(value: unknown, path = "state"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
}

/**
 * A plain check: Vitest's expect costs ~0.1 ms a call, too slow for 1000 cases × dozens of
 * fields on a busy machine. fast-check reports the thrown message with the counterexample.
 */
function must(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function mustInclude(list: readonly unknown[], value: unknown, what: string): void {
  must(
    list.includes(value),
    () => `${what} = ${JSON.stringify(value)} is one of ${list.join(", ")}`,
  );
}

function mustBeWhole(value: number, lo: number, hi: number, what: string): void {
  must(
    Number.isInteger(value) && value >= lo && value <= hi,
    () => `${what} = ${value} is a whole number in [${lo}, ${hi}]`,
  );
}

function mustBeWithin(value: number, limit: number, what: string): void {
  must(Math.abs(value) <= limit, () => `${what} = ${value} is within ±${limit}`);
}

function mustBeKernel(kernel: readonly number[], preset: string | null): void {
  must(kernel.length === 9, () => `the kernel has 9 weights, not ${kernel.length}`);
  kernel.forEach((v, i) => mustBeWithin(v, FIELD_LIMIT, `kernel[${i}]`));
  const weights = preset === null ? kernel : presetById(preset)?.kernel;
  must(
    weights !== undefined && weights.every((w, i) => w === kernel[i]),
    () => `the kernel [${kernel.join(", ")}] is preset ${preset}'s`,
  );
}

// ---- the widgets -----------------------------------------------------------------------------

const presetIds = KERNEL_PRESETS.map((p) => p.id);
const sampleIds = SAMPLES.map((s) => s.id);
const kernelText = fc.oneof(oneOf(presetIds), numberList(9, -FIELD_LIMIT, FIELD_LIMIT));
const kernelBeyond = fc.oneof(
  numberList(8, -1, 1),
  numberList(10, -1, 1),
  numberList(9, FIELD_LIMIT * 1.01, 1e300),
);

const FILTERS = defaultConfig().filters.length;
const pipeline = spec({
  name: "readExplorerState (pipeline explorer)",
  context: fc.constant(null),
  valid: () => ({
    "pe.x": oneOf(sampleIds),
    "pe.w1.1": kernelText,
    "pe.w1.2": kernelText,
    "pe.w1.3": kernelText,
    "pe.w1.4": kernelText,
    "pe.b1": numberList(4, -FIELD_LIMIT, FIELD_LIMIT),
  }),
  beyond: () => ({
    "pe.x": oneOf(["own", "chelsea.png", "CHELSEA"]),
    "pe.w1.1": kernelBeyond,
    "pe.w1.4": kernelBeyond,
    "pe.b1": fc.oneof(numberList(3, -1, 1), numberList(5, -1, 1), numberList(4, 101, 1e300)),
  }),
  read: (hash) => {
    const { config, fellBack } = readExplorerState(hash, defaultConfig());
    return { state: config, fellBack };
  },
  inRange: (config) => {
    mustInclude(sampleIds, config.sample, "config.sample");
    must(config.filters.length === FILTERS, () => `${config.filters.length} filters`);
    for (const filter of config.filters) {
      mustBeKernel(filter.kernel, filter.preset);
      mustBeWithin(filter.bias, FIELD_LIMIT, "bias");
    }
  },
});

const LENS_IDS = ["karn", "nielsen", "zeiler-fergus", "cs231n-convnets", "d2l", "goodfellow"];
const termLens = spec({
  name: "readLensState (term lens)",
  context: fc
    .shuffledSubarray(LENS_IDS, { minLength: 1 })
    .chain((known) =>
      fc.record({ known: fc.constant(known), fallback: fc.constantFrom(...known) }),
    ),
  valid: ({ known }) => ({ [LENS_KEYS.lens]: oneOf(known), [LENS_KEYS.pin]: oneOf(known) }),
  beyond: ({ known }) => ({
    [LENS_KEYS.lens]: oneOf(LENS_IDS.filter((id) => !known.includes(id)).concat("Karn")),
    [LENS_KEYS.pin]: oneOf(LENS_IDS.filter((id) => !known.includes(id)).concat("karn ")),
  }),
  read: (hash, { known, fallback }) => readLensState(hash, known, fallback),
  inRange: ({ lens, pin }, { known }) => {
    mustInclude(known, lens, "lens");
    if (pin !== null) {
      mustInclude(known, pin, "pin");
      must(pin !== lens, () => `the pin ${pin} differs from the lens`);
    }
  },
});

const SLIDING_IDS = SLIDING_INPUTS.map((s) => s.id);
const slidingWindow = spec({
  name: "readSlidingState (sliding window)",
  context: fc.constant(null),
  valid: () => ({
    [SW_KEYS.input]: oneOf(SLIDING_IDS),
    [SW_KEYS.values]: fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 64, maxLength: 64 })
      .map((hundredths) => encodeGrey(hundredths.map((h) => h / 100))),
    [SW_KEYS.kernel]: kernelText,
    [SW_KEYS.bias]: fc.double({ min: -FIELD_LIMIT, max: FIELD_LIMIT, noNaN: true }).map(String),
    [SW_KEYS.padding]: oneOf(PADDINGS),
    // Inside the smaller ("valid") output, so it fits either padding.
    [SW_KEYS.position]: fc
      .tuple(wholeIn(1, outputSide("valid")), wholeIn(1, outputSide("valid")))
      .map((rc) => rc.join(",")),
  }),
  beyond: () => ({
    // 127 hundredths; one digit short or over; filler bits set; a base64 (not base64url) digit.
    [SW_KEYS.values]: oneOf([
      "_".repeat(75),
      "A".repeat(74),
      "A".repeat(76),
      `${"A".repeat(74)}B`,
      `${"A".repeat(74)}+`,
    ]),
    [SW_KEYS.kernel]: kernelBeyond,
    [SW_KEYS.bias]: fc.double({ min: FIELD_LIMIT * 1.01, max: 1e300, noNaN: true }).map(String),
    [SW_KEYS.padding]: oneOf(["full", "VALID", "1"]),
    [SW_KEYS.position]: oneOf([
      "0,1",
      "1,0",
      `${outputSide("same") + 1},1`,
      `1,${outputSide("same") + 1}`,
      "1",
      "1,2,3",
      "1.5,2",
      "-1,2",
    ]),
  }),
  read: (hash) => readSlidingState(hash),
  inRange: ({ config, position }) => {
    mustInclude(SLIDING_IDS, config.input, "config.input");
    if (config.values !== null) {
      must(config.values.length === 64, () => `${config.values?.length} input values`);
      config.values.forEach((v) => mustBeWithin(v - 0.5, 0.5, "input value"));
    }
    mustInclude(PADDINGS, config.padding, "config.padding");
    mustBeKernel(config.kernel, config.preset);
    mustBeWithin(config.bias, FIELD_LIMIT, "bias");
    const side = outputSide(config.padding);
    mustBeWhole(position, 0, side * side - 1, "position");
  },
});

/** Bias limits per kernel as the widget computes them: positive, and differing per kernel. */
const biasLimitOf = (kernel: string) => 0.5 + presetIds.indexOf(kernel) / 2;
const biasActivation = spec({
  name: "readBiasActivationState (bias and activation)",
  context: fc.constant(null),
  valid: () => ({
    "ba.kernel": oneOf(presetIds),
    "ba.bias": fc.double({ min: -0.5, max: 0.5, noNaN: true }).map(String),
    "ba.f": oneOf(ACTIVATIONS),
    "ba.slope": fc.double({ min: 0, max: SLOPE_LIMIT, noNaN: true }).map(String),
    "ba.view": oneOf(BA_VIEWS),
  }),
  beyond: () => ({
    "ba.kernel": oneOf(["Sobel-x", "sobel", "own"]),
    "ba.bias": fc.double({ min: presetIds.length, max: 1e300, noNaN: true }).map(String),
    "ba.f": oneOf(["softmax", "ReLU", "leaky-relu"]),
    "ba.slope": oneOf(["-0.1", "1.01", "2", "-1e-9"]),
    "ba.view": oneOf(["picture", "Z"]),
  }),
  read: (hash) => readBiasActivationState(hash, biasLimitOf, DEFAULT_STATE),
  inRange: (state) => {
    mustInclude(presetIds, state.kernel, "state.kernel");
    mustInclude(ACTIVATIONS, state.activation, "state.activation");
    mustInclude(BA_VIEWS, state.view, "state.view");
    mustBeWithin(state.bias, biasLimitOf(state.kernel), "bias");
    must(state.slope >= 0 && state.slope <= SLOPE_LIMIT, () => `slope ${state.slope}`);
  },
});

const channels = spec({
  name: "readOutputState (channels)",
  context: fc.integer({ min: 1, max: 8 }),
  valid: (count) => ({ "ch.o": wholeIn(1, count) }),
  beyond: (count) => ({ "ch.o": oneOf(["0", String(count + 1), "1.0", "+1", "-1", "01e0"]) }),
  read: (hash, count) => {
    const { o, fellBack } = readOutputState(hash, count);
    return { state: { o }, fellBack };
  },
  inRange: ({ o }, count) => mustBeWhole(o, 0, count - 1, "o"),
});

const convArithmetic = spec({
  name: "readGeometryState (convolution arithmetic)",
  context: fc.constant(null),
  valid: () =>
    Object.fromEntries(
      GEOMETRY_KEYS.map((k) => [`ca.${k}`, wholeIn(LIMITS[k].min, LIMITS[k].max)]),
    ),
  beyond: () =>
    Object.fromEntries(
      GEOMETRY_KEYS.map((k) => [
        `ca.${k}`,
        oneOf([LIMITS[k].min - 1, LIMITS[k].max + 1, LIMITS[k].min + 0.5, 1e300]),
      ]),
    ),
  read: (hash) => {
    const { geometry, fellBack } = readGeometryState(hash);
    return { state: geometry, fellBack };
  },
  inRange: (geometry) => {
    for (const k of GEOMETRY_KEYS) mustBeWhole(geometry[k], LIMITS[k].min, LIMITS[k].max, k);
  },
});

const traced = traceNetwork();
const TRACE_SHAPE: TraceShape = traceShape(traced.params, traced.result);
const trace = spec({
  name: "readTraceCursor (trace)",
  context: fc.constant(TRACE_SHAPE),
  valid: (s) => ({
    [TR_KEYS.at]: fc.tuple(wholeIn(1, s.rows), wholeIn(1, s.cols)).map((v) => v.join(",")),
    [TR_KEYS.stage]: oneOf(OUTPUT_STAGES),
    [TR_KEYS.map]: wholeIn(1, s.maps),
    [TR_KEYS.via]: fc
      .tuple(wholeIn(1, s.channels), wholeIn(1, s.window), wholeIn(1, s.window))
      .map((v) => v.join(",")),
  }),
  beyond: (s) => ({
    [TR_KEYS.at]: oneOf(["0,1", `${s.rows + 1},1`, `1,${s.cols + 1}`, "1", "1,1,1", "1.5,1"]),
    [TR_KEYS.stage]: oneOf(["a1", "z1", "A2"]),
    [TR_KEYS.map]: oneOf(["0", String(s.maps + 1), "1,1", "1.5"]),
    [TR_KEYS.via]: oneOf([`${s.channels + 1},1,1`, `1,${s.window + 1},1`, "1,1", "0,1,1"]),
  }),
  read: (hash, s) => {
    const { cursor, fellBack } = readTraceCursor(hash, s);
    return { state: cursor, fellBack };
  },
  inRange: (cursor, s) => {
    mustInclude(OUTPUT_STAGES, cursor.stage, "cursor.stage");
    mustBeWhole(cursor.row, 0, s.rows - 1, "row");
    mustBeWhole(cursor.col, 0, s.cols - 1, "col");
    mustBeWhole(cursor.map, 0, s.maps - 1, "map");
    mustBeWhole(cursor.via.channel, 0, s.channels - 1, "via.channel");
    mustBeWhole(cursor.via.i, 0, s.window - 1, "via.i");
    mustBeWhole(cursor.via.j, 0, s.window - 1, "via.j");
  },
});

const POINTS = ringsData().length;
const kernelFeatureMap = spec({
  name: "readKernelFeatureMapState (kernel feature map)",
  context: fc.constant(POINTS),
  valid: (n) => ({
    [KF_KEYS.map]: oneOf(FEATURE_MAPS),
    [KF_KEYS.turn]: fc.integer({ min: 0, max: 360 / TURN_STEP - 1 }).map((t) => String(t * 5)),
    [KF_KEYS.x]: wholeIn(1, n),
    [KF_KEYS.y]: wholeIn(1, n),
  }),
  beyond: (n) => ({
    [KF_KEYS.map]: oneOf(["rbf", "Lift"]),
    [KF_KEYS.turn]: oneOf(["360", "7", "-5", "12.5"]),
    [KF_KEYS.x]: oneOf(["0", String(n + 1), "1.5"]),
    [KF_KEYS.y]: oneOf(["0", String(n + 1), "-1"]),
  }),
  read: (hash, n) => readKernelFeatureMapState(hash, n, DEFAULT_KF_STATE),
  inRange: (state, n) => {
    mustInclude(FEATURE_MAPS, state.map, "state.map");
    mustBeWhole(state.turn, 0, 360 - TURN_STEP, "turn");
    must(state.turn % TURN_STEP === 0, () => `turn ${state.turn} is on the ${TURN_STEP}° grid`);
    mustBeWhole(state.x, 0, n - 1, "x");
    mustBeWhole(state.y, 0, n - 1, "y");
  },
});

const TN_LIMITS: StateLimits = {
  digits: 100,
  filters: 8,
  steps: occluderSteps(DEFAULT_OCCLUSION.stride),
};
const trainedNetwork = TN_VIEWS.map((view) => {
  const keys = TN_KEYS[view];
  const only = (all: Record<string, fc.Arbitrary<string>>) =>
    Object.fromEntries(
      Object.entries(keys).map(([field, key]) => [key, all[field as keyof typeof all]]),
    );
  return spec({
    name: `readTrainedNetworkState (trained network, ${view} view)`,
    context: fc.constant(TN_LIMITS),
    valid: (l) =>
      only({
        digit: wholeIn(1, l.digits),
        tensor: oneOf(TENSOR_KINDS),
        filter: wholeIn(1, l.filters),
        shift: fc.integer({ min: -40, max: 20 }).map((t) => String(t / 10)),
        size: oneOf(OCCLUDER_SIZES),
        row: wholeIn(1, l.steps),
        col: wholeIn(1, l.steps),
      }),
    beyond: (l) =>
      only({
        digit: oneOf(["0", String(l.digits + 1), "1.5"]),
        tensor: oneOf(["x", "A"]),
        filter: oneOf(["0", String(l.filters + 1)]),
        shift: oneOf(["-4.1", "2.01", "1e1", "-1e-9x"]),
        size: oneOf(["5", "12", "6.0", "0"]),
        row: oneOf(["0", String(l.steps + 1)]),
        col: oneOf(["0", String(l.steps + 1)]),
      }),
    read: (hash, l) => readTrainedNetworkState(hash, view, l),
    inRange: (state, l) => {
      mustBeWhole(state.digit, 0, l.digits - 1, "digit");
      mustBeWhole(state.filter, 0, l.filters - 1, "filter");
      mustBeWhole(state.row, 0, l.steps - 1, "row");
      mustBeWhole(state.col, 0, l.steps - 1, "col");
      mustInclude(TENSOR_KINDS, state.tensor, "state.tensor");
      mustInclude(OCCLUDER_SIZES, state.size, "state.size");
      must(
        state.shift >= SHIFT_RANGE.min && state.shift <= SHIFT_RANGE.max,
        () => `shift ${state.shift}`,
      );
    },
  });
});

const READERS: ReaderSpec<never>[] = [
  pipeline,
  termLens,
  slidingWindow,
  biasActivation,
  channels,
  convArithmetic,
  trace,
  kernelFeatureMap,
  ...trainedNetwork,
] as unknown as ReaderSpec<never>[];

function readUsable(s: ReaderSpec<never>, hash: string, c: never) {
  const { state, fellBack } = s.read(hash, c);
  must(typeof fellBack === "boolean", () => `fellBack is ${String(fellBack)}`);
  for (const [path, value] of numbersIn(state)) {
    must(Number.isFinite(value), () => `${path} = ${value} is finite`);
  }
  s.inRange(state as never, c);
  return fellBack;
}

describe.each(READERS.map((s) => [s.name, s] as const))("%s", (_, s) => {
  it("never throws on random text and returns a state within the widget's limits", () => {
    fc.assert(
      fc.property(
        s.context.chain((c) => fc.tuple(fc.constant(c), anyText)),
        ([c, text]) => void readUsable(s, text, c),
      ),
      { numRuns: RUNS },
    );
  });

  it("never throws on hashes of hostile pairs, whole or truncated, and stays within limits", () => {
    const hashes = s.context.chain((c) =>
      fc.tuple(
        fc.constant(c),
        hostileHash(s, c).chain((h) => fc.nat(h.length).map((cut) => h.slice(0, h.length - cut))),
      ),
    );
    fc.assert(
      fc.property(hashes, ([c, hash]) => void readUsable(s, hash, c)),
      { numRuns: RUNS },
    );
  });

  it("reads a hash of its own usable values without reporting a fallback", () => {
    const hashes = s.context.chain((c) => {
      const valid = s.valid(c);
      const keys = Object.keys(valid);
      return fc.tuple(
        fc.constant(c),
        fc
          .tuple(...keys.map((k) => fc.option(valid[k].map((v) => pair(k, v, false)))))
          .map((parts) => `#${parts.filter((p) => p !== null).join("&")}`),
      );
    });
    fc.assert(
      fc.property(hashes, ([c, hash]) => {
        must(!readUsable(s, hash, c), () => `no fallback reported for ${hash}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("reports a fallback when one of its own keys holds something unusable", () => {
    const hashes = s.context.chain((c) => fc.tuple(fc.constant(c), hashWithOneUnusable(s, c)));
    fc.assert(
      fc.property(hashes, ([c, hash]) => {
        must(readUsable(s, hash, c), () => `a fallback is reported for ${hash}`);
      }),
      { numRuns: RUNS },
    );
  });

  // No wall-clock bound here: a timed assertion flakes on a loaded machine.
  it("reports a fallback for 10⁵ comma-separated numbers in each own key", () => {
    const c = fc.sample(s.context, { numRuns: 1, seed: 1 })[0];
    for (const key of ownKeys(s, c)) {
      expect(readUsable(s, `#${key}=${HUGE_LIST}`, c), key).toBe(true);
    }
  });
});
