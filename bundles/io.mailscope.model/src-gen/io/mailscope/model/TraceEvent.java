/**
 */
package io.mailscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.TraceEvent#getFirstLine <em>First Line</em>}</li>
 *   <li>{@link io.mailscope.model.TraceEvent#getLastLine <em>Last Line</em>}</li>
 *   <li>{@link io.mailscope.model.TraceEvent#getOffset <em>Offset</em>}</li>
 *   <li>{@link io.mailscope.model.TraceEvent#getTime <em>Time</em>}</li>
 *   <li>{@link io.mailscope.model.TraceEvent#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getTraceEvent()
 * @model abstract="true"
 * @generated
 */
public interface TraceEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Line</em>' attribute.
	 * @see #setFirstLine(int)
	 * @see io.mailscope.model.MailscopePackage#getTraceEvent_FirstLine()
	 * @model
	 * @generated
	 */
	int getFirstLine();

	/**
	 * Sets the value of the '{@link io.mailscope.model.TraceEvent#getFirstLine <em>First Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Line</em>' attribute.
	 * @see #getFirstLine()
	 * @generated
	 */
	void setFirstLine(int value);

	/**
	 * Returns the value of the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Line</em>' attribute.
	 * @see #setLastLine(int)
	 * @see io.mailscope.model.MailscopePackage#getTraceEvent_LastLine()
	 * @model
	 * @generated
	 */
	int getLastLine();

	/**
	 * Sets the value of the '{@link io.mailscope.model.TraceEvent#getLastLine <em>Last Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Line</em>' attribute.
	 * @see #getLastLine()
	 * @generated
	 */
	void setLastLine(int value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Byte offset of the first source line, to page the raw text back from the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see io.mailscope.model.MailscopePackage#getTraceEvent_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link io.mailscope.model.TraceEvent#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(String)
	 * @see io.mailscope.model.MailscopePackage#getTraceEvent_Time()
	 * @model
	 * @generated
	 */
	String getTime();

	/**
	 * Sets the value of the '{@link io.mailscope.model.TraceEvent#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.mailscope.model.MailscopePackage#getTraceEvent_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.mailscope.model.TraceEvent#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // TraceEvent
