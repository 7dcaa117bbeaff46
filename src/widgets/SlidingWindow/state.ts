import { presetById } from "../../core";
import { readHash, writeHash } from "../hashState";
import { parseFieldNumber } from "../parseNumber";
import {
  INPUT_SIZE,
  KERNEL_SIZE,
  PADDINGS,
  SLIDING_INPUTS,
  type PaddingChoice,
  type SlidingConfig,
} from "./model";

/**
 * Milliseconds per step of Play. At the normal speed the 36 positions take 25 s, long enough to
 * follow each sum and too long to show a class the whole sweep; the fastest takes 3 s.
 */
export const PLAY_SPEEDS = { slow: 1200, normal: 700, fast: 250, fastest: 80 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/** Everything a link restores: the layer's settings, the window's position and Play's speed. */
export interface SlidingState {
  config: SlidingConfig;
  /** Raster index of the output position, row · cols + column. */
  position: number;
  speed: PlaySpeed;
}

/** This widget's hash keys; the prefix keeps them apart from other figures on the page. */
export const SW_KEYS = {
  input: "sw.in",
  values: "sw.x",
  kernel: "sw.k",
  bias: "sw.b",
  padding: "sw.pad",
  position: "sw.pos",
  speed: "sw.speed",
} as const;

const DEFAULT_PRESET = "sobel-x";

/**
 * The first frame: a vertical-edge kernel on the rim of the cat's eye, with a small negative
 * bias, the window where the dark pupil begins.
 */
export function defaultSlidingState(): SlidingState {
  return {
    config: {
      input: "eye",
      values: null,
      preset: DEFAULT_PRESET,
      kernel: [...presetById(DEFAULT_PRESET)!.kernel],
      bias: -0.1,
      padding: "valid",
    },
    position: 2 * outputSide("valid") + 3,
    speed: "normal",
  };
}

/** Rows (= columns) of the output for this padding. */
export function outputSide(padding: PaddingChoice): number {
  return INPUT_SIZE - KERNEL_SIZE + 1 + (padding === "same" ? KERNEL_SIZE - 1 : 0);
}

/** URL-safe digits of six bits each: the base64url alphabet. */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Bits per input value: its hundredths, 0 to 100, fit in seven. */
const GREY_BITS = 7;
const PIXELS = INPUT_SIZE * INPUT_SIZE;
/** 64 values of seven bits in six-bit digits: 75 characters for a whole drawn input. */
const GREY_TEXT_LENGTH = Math.ceil((PIXELS * GREY_BITS) / 6);

/** The input's 64 grey values for the URL: their hundredths packed seven bits each. */
export function encodeGrey(values: readonly number[]): string {
  const bits = values
    .map((v) =>
      Math.round(v * 100)
        .toString(2)
        .padStart(GREY_BITS, "0"),
    )
    .join("")
    .padEnd(GREY_TEXT_LENGTH * 6, "0");
  let text = "";
  for (let i = 0; i < bits.length; i += 6) text += DIGITS[parseInt(bits.slice(i, i + 6), 2)];
  return text;
}

/** encodeGrey's text back to 64 values in [0, 1]; null for any other text. */
export function decodeGrey(text: string): number[] | null {
  if (text.length !== GREY_TEXT_LENGTH) return null;
  let bits = "";
  for (const digit of text) {
    const value = DIGITS.indexOf(digit);
    if (value < 0) return null;
    bits += value.toString(2).padStart(6, "0");
  }
  // The filler bits after the last value are zeros, so every input has exactly one text.
  if (bits.slice(PIXELS * GREY_BITS).includes("1")) return null;
  const values: number[] = [];
  for (let i = 0; i < PIXELS; i++) {
    const hundredths = parseInt(bits.slice(i * GREY_BITS, (i + 1) * GREY_BITS), 2);
    if (hundredths > 100) return null;
    values.push(hundredths / 100);
  }
  return values;
}

function readKernel(text: string): Pick<SlidingConfig, "preset" | "kernel"> | null {
  const preset = presetById(text);
  if (preset) return { preset: preset.id, kernel: [...preset.kernel] };
  const parts = text.split(",").map((p) => parseFieldNumber(p));
  if (parts.length !== KERNEL_SIZE * KERNEL_SIZE) return null;
  const kernel: number[] = [];
  for (const part of parts) {
    if (!part.ok) return null;
    kernel.push(part.value);
  }
  return { preset: null, kernel };
}

function readPosition(text: string, side: number): number | null {
  const match = /^(\d+),(\d+)$/.exec(text);
  if (!match) return null;
  const row = Number(match[1]) - 1;
  const col = Number(match[2]) - 1;
  if (row < 0 || col < 0 || row >= side || col >= side) return null;
  return row * side + col;
}

/**
 * Reads this widget's keys from the hash. Never throws: a key that cannot be read keeps its
 * default and sets fellBack, so the figure can say so. Other widgets' keys are ignored.
 */
export function readSlidingState(hash: string): { state: SlidingState; fellBack: boolean } {
  const entries = readHash(hash);
  const state = defaultSlidingState();
  const config = state.config;
  let fellBack = false;
  const read = <T>(key: string, parse: (text: string) => T | null, apply: (v: T) => void) => {
    const text = entries.get(key);
    if (text === undefined) return;
    const value = parse(text);
    if (value === null) fellBack = true;
    else apply(value);
  };
  read(
    SW_KEYS.input,
    (t) => (SLIDING_INPUTS.some((s) => s.id === t) ? (t as SlidingConfig["input"]) : null),
    (v) => (config.input = v),
  );
  read(SW_KEYS.values, decodeGrey, (v) => (config.values = v));
  read(SW_KEYS.kernel, readKernel, (v) => Object.assign(config, v));
  read(
    SW_KEYS.bias,
    (t) => {
      const parsed = parseFieldNumber(t);
      return parsed.ok ? parsed.value : null;
    },
    (v) => (config.bias = v),
  );
  read(
    SW_KEYS.padding,
    (t) => ((PADDINGS as readonly string[]).includes(t) ? (t as PaddingChoice) : null),
    (v) => (config.padding = v),
  );
  const side = outputSide(config.padding);
  if (state.position >= side * side) state.position = 0;
  read(
    SW_KEYS.position,
    (t) => readPosition(t, side),
    (v) => (state.position = v),
  );
  read(
    SW_KEYS.speed,
    (t) => (Object.hasOwn(PLAY_SPEEDS, t) ? (t as PlaySpeed) : null),
    (v) => (state.speed = v),
  );
  return { state, fellBack };
}

/** The hash with this widget's keys set; settings equal to the defaults are left out. */
export function writeSlidingState(hash: string, state: SlidingState): string {
  const fallback = defaultSlidingState();
  const { config } = state;
  const side = outputSide(config.padding);
  const sameKernel = config.kernel.every((v, i) => v === fallback.config.kernel[i]);
  const kernel = config.preset ?? config.kernel.map(String).join(",");
  const row = Math.floor(state.position / side);
  const col = state.position % side;
  return writeHash(hash, {
    [SW_KEYS.input]: config.input === fallback.config.input ? undefined : config.input,
    [SW_KEYS.values]: config.values === null ? undefined : encodeGrey(config.values),
    [SW_KEYS.kernel]: sameKernel ? undefined : kernel,
    [SW_KEYS.bias]: config.bias === fallback.config.bias ? undefined : String(config.bias),
    [SW_KEYS.padding]: config.padding === fallback.config.padding ? undefined : config.padding,
    [SW_KEYS.position]: `${row + 1},${col + 1}`,
    [SW_KEYS.speed]: state.speed === fallback.speed ? undefined : state.speed,
  });
}
