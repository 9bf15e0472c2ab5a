/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Error Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One HRESULT a mail client reports, e.g. 0x800CCC0F IXP_E_CONNECTION_DROPPED.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ErrorCode#getValue <em>Value</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getFamily <em>Family</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getTitle <em>Title</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getClientMessage <em>Client Message</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getTraceSignal <em>Trace Signal</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#isSuccess <em>Success</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getSource <em>Source</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getCauses <em>Causes</em>}</li>
 *   <li>{@link io.mailscope.model.ErrorCode#getReplies <em>Replies</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getErrorCode()
 * @model
 * @generated
 */
public interface ErrorCode extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 32-bit HRESULT as a signed int (0x800CCC0F is -2146644977).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Value()
	 * @model required="true"
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.Family}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see io.mailscope.model.Family
	 * @see #setFamily(Family)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Family()
	 * @model required="true"
	 * @generated
	 */
	Family getFamily();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see io.mailscope.model.Family
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(Family value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see #setMeaning(String)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Meaning()
	 * @model
	 * @generated
	 */
	String getMeaning();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(String value);

	/**
	 * Returns the value of the '<em><b>Client Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text the client shows in its error dialog, where one is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Message</em>' attribute.
	 * @see #setClientMessage(String)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_ClientMessage()
	 * @model
	 * @generated
	 */
	String getClientMessage();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getClientMessage <em>Client Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Message</em>' attribute.
	 * @see #getClientMessage()
	 * @generated
	 */
	void setClientMessage(String value);

	/**
	 * Returns the value of the '<em><b>Trace Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a protocol trace shows when this code is reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trace Signal</em>' attribute.
	 * @see #setTraceSignal(String)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_TraceSignal()
	 * @model
	 * @generated
	 */
	String getTraceSignal();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getTraceSignal <em>Trace Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace Signal</em>' attribute.
	 * @see #getTraceSignal()
	 * @generated
	 */
	void setTraceSignal(String value);

	/**
	 * Returns the value of the '<em><b>Success</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for IXP_S_* status values (severity bit clear).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Success</em>' attribute.
	 * @see #setSuccess(boolean)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Success()
	 * @model
	 * @generated
	 */
	boolean isSuccess();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#isSuccess <em>Success</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success</em>' attribute.
	 * @see #isSuccess()
	 * @generated
	 */
	void setSuccess(boolean value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value and symbol are documented.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ErrorCode#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.Cause}.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.Cause#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causes</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Causes()
	 * @see io.mailscope.model.Cause#getErrorCode
	 * @model opposite="errorCode" containment="true"
	 * @generated
	 */
	EList<Cause> getCauses();

	/**
	 * Returns the value of the '<em><b>Replies</b></em>' reference list.
	 * The list contents are of type {@link io.mailscope.model.ProtocolReply}.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.ProtocolReply#getErrorCodes <em>Error Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replies</em>' reference list.
	 * @see io.mailscope.model.MailscopePackage#getErrorCode_Replies()
	 * @see io.mailscope.model.ProtocolReply#getErrorCodes
	 * @model opposite="errorCodes"
	 * @generated
	 */
	EList<ProtocolReply> getReplies();

} // ErrorCode
