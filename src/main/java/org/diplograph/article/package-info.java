/**
 * Reading files into {@link org.diplograph.article.Article} records. Input: paths of files or
 * folders ({@code .txt} with optional {@code key: value} header lines or a leading
 * {@code date YYYY-MM-DD} line, {@code .html} pages). Output: one Article per file, or a failure
 * naming the file and the reason. Knows nothing of extraction or graphs.
 */
package org.diplograph.article;
