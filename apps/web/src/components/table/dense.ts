import classes from "./table.module.css";

/** The class of a dense table: one line per row, badges on one line (see table.module.css). */
export const denseTable = classes.dense;
