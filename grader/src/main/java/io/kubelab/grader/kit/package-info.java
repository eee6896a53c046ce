/**
 * The kit as the grader sees it: Kit owns every folder of its layout and the catalog says what each
 * lesson and exercise holds; it depends on nothing else of the grader.
 */
package io.kubelab.grader.kit;
