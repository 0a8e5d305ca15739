/**
 * Companies, banks and airlines: their home country, what they do in Turkmenistan, and
 * the air routes the text names.
 */
package tm.relations.company;
