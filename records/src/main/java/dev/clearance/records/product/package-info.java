/**
 * The product master (issue 21): products (key, description, parameters, CAS numbers) with every version kept, and
 * their classification per regime, proposed by the classifier or an officer and approved by a second officer (four
 * eyes), in force from a day. Every change is appended to the audit chain in the transaction that makes it.
 */
package dev.clearance.records.product;
