/**
 */
package io.mailscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Evidence#getFirstLine <em>First Line</em>}</li>
 *   <li>{@link io.mailscope.model.Evidence#getLastLine <em>Last Line</em>}</li>
 *   <li>{@link io.mailscope.model.Evidence#getText <em>Text</em>}</li>
 *   <li>{@link io.mailscope.model.Evidence#getEvent <em>Event</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Line</em>' attribute.
	 * @see #setFirstLine(int)
	 * @see io.mailscope.model.MailscopePackage#getEvidence_FirstLine()
	 * @model
	 * @generated
	 */
	int getFirstLine();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Evidence#getFirstLine <em>First Line</em>}' attribute.
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
	 * @see io.mailscope.model.MailscopePackage#getEvidence_LastLine()
	 * @model
	 * @generated
	 */
	int getLastLine();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Evidence#getLastLine <em>Last Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Line</em>' attribute.
	 * @see #getLastLine()
	 * @generated
	 */
	void setLastLine(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.mailscope.model.MailscopePackage#getEvidence_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Evidence#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event</em>' reference.
	 * @see #setEvent(TraceEvent)
	 * @see io.mailscope.model.MailscopePackage#getEvidence_Event()
	 * @model
	 * @generated
	 */
	TraceEvent getEvent();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Evidence#getEvent <em>Event</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' reference.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(TraceEvent value);

} // Evidence
