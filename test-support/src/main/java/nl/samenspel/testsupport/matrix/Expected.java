package nl.samenspel.testsupport.matrix;

/**
 * What the committed table says of one cell, and why in a privacy officer's words.
 *
 * @param permitted whether the role may do this from this scope
 */
public record Expected(Cell cell, boolean permitted, String why) {
}
