import { select } from "d3";
import { drawNamedLegend } from "../../viz/legend";
import { drawMapHolder, type PaintMap } from "../../viz/mapPicture";
import { part } from "../../viz/part";
import { colourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import { occlusionPictures } from "./frame";
import type { TrainedNetworkLabels } from "./labels";
import { DEFAULT_OCCLUSION, DIGIT_SIZE, occlude, type OcclusionMaps } from "./model";
import { markerStyle, occlusionAlts, occlusionStatus } from "./text";

/*
 * The occlusion view's draw functions, run at build on empty elements (drawnAtBuild) for the
 * first frame and in the browser on that markup whenever the square moves or the worker answers.
 */

const IMAGE = colourScale("image", 0, 1);

/** Where the square is and how big: the input digit as the network saw it there. */
export interface OccludedDigit {
  image: ArrayLike<number>;
  size: number;
  row: number;
  col: number;
}

/** The two maps of one sweep, with the square's position marked on both. */
export interface OcclusionPicture {
  maps: OcclusionMaps;
  row: number;
  col: number;
}

/** A sweep under way: `done` of `of` forward passes. */
export interface OcclusionProgress {
  done: number;
  of: number;
}

/** The input digit with the grey square over it. */
export function drawOccludedDigit(
  div: HTMLDivElement,
  digit: OccludedDigit,
  labels: TrainedNetworkLabels,
  paint: PaintMap,
): void {
  const { row, col } = digit;
  const root = select(div).attr("class", "tn__frame").attr("data-occluded", "");
  drawMapHolder(
    part(root, "div", "tn__map"),
    { stage: "x" },
    {
      values: occlude(digit.image, row, col, { ...DEFAULT_OCCLUSION, size: digit.size }),
      width: DIGIT_SIZE,
      height: DIGIT_SIZE,
      scale: IMAGE,
      alt: fillLabel(labels.occlusion.occludedAlt, { row: row + 1, col: col + 1 }),
    },
    paint,
  );
}

/** Each map's heading, pixels, square marker and legend: the change of activity, then the probability. */
export function drawOcclusionMaps(
  div: HTMLDivElement,
  picture: OcclusionPicture,
  labels: TrainedNetworkLabels,
  paint: PaintMap,
): void {
  const { maps } = picture;
  const pictures = occlusionPictures(maps);
  const alts = occlusionAlts(labels, maps);
  const words = {
    activity: {
      heading: fillLabel(labels.occlusion.activityHeading, { k: maps.strongest + 1 }),
      name: labels.occlusion.activityName,
    },
    probability: {
      heading: fillLabel(labels.occlusion.probabilityHeading, { label: maps.target }),
      name: labels.occlusion.probabilityName,
    },
  };
  select(div)
    .attr("class", "tno__maps")
    .attr("data-occ-maps", "")
    .selectChildren<HTMLDivElement, "activity" | "probability">("div.tno__map")
    .data(["activity", "probability"] as const)
    .join("div")
    .attr("class", "tno__map")
    .each(function (which) {
      const map = select<HTMLDivElement, unknown>(this);
      const stage = `occ-${which}`;
      const { values, scale } = pictures[which];
      part(map, "h3", "tno__heading").attr("data-heading", which).text(words[which].heading);
      const frame = part(map, "div", "tn__frame").attr("data-pick", which);
      drawMapHolder(
        part(frame, "div", "tn__map"),
        { stage },
        { values, width: maps.steps, height: maps.steps, scale, alt: alts[which] },
        paint,
      );
      part(frame, "div", "tn__marker")
        .attr("data-marker", "")
        .attr("style", markerStyle(picture.row, picture.col, maps.steps));
      part(map, "div", "legend").each(function () {
        const label = fillLabel(labels.legendFor, { stage: words[which].name });
        drawNamedLegend(this, stage, label, scale);
      });
    });
}

/** The status line: what the maps hold under the square, or how far a sweep has come. */
export function drawOcclusionStatus(
  p: HTMLParagraphElement,
  said: OcclusionPicture | OcclusionProgress,
  labels: TrainedNetworkLabels,
): void {
  select(p)
    .attr("class", "tno__status")
    .attr("role", "status")
    .attr("data-occ-status", "")
    .text(
      "maps" in said
        ? occlusionStatus(labels, said.maps, said.row, said.col)
        : fillLabel(labels.occlusion.computing, { n: said.of, done: said.done }),
    );
}
