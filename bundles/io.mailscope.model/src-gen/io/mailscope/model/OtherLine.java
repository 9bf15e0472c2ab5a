/**
 */
package io.mailscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Other Line</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.mailscope.model.MailscopePackage#getOtherLine()
 * @model
 * @generated
 */
public interface OtherLine extends TraceEvent {
} // OtherLine
