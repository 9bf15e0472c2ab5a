/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Finding#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#getCause <em>Cause</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#getCategory <em>Category</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#getSummary <em>Summary</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#isDetermined <em>Determined</em>}</li>
 *   <li>{@link io.mailscope.model.Finding#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see io.mailscope.model.MailscopePackage#getFinding_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Code</em>' reference.
	 * @see #setErrorCode(ErrorCode)
	 * @see io.mailscope.model.MailscopePackage#getFinding_ErrorCode()
	 * @model
	 * @generated
	 */
	ErrorCode getErrorCode();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#getErrorCode <em>Error Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' reference.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(ErrorCode value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cause</em>' reference.
	 * @see #setCause(Cause)
	 * @see io.mailscope.model.MailscopePackage#getFinding_Cause()
	 * @model
	 * @generated
	 */
	Cause getCause();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#getCause <em>Cause</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' reference.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(Cause value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.CauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see io.mailscope.model.CauseCategory
	 * @see #setCategory(CauseCategory)
	 * @see io.mailscope.model.MailscopePackage#getFinding_Category()
	 * @model
	 * @generated
	 */
	CauseCategory getCategory();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see io.mailscope.model.CauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(CauseCategory value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see io.mailscope.model.MailscopePackage#getFinding_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see io.mailscope.model.MailscopePackage#getFinding_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Determined</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the client reported a code but no rule explains it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Determined</em>' attribute.
	 * @see #setDetermined(boolean)
	 * @see io.mailscope.model.MailscopePackage#getFinding_Determined()
	 * @model default="true"
	 * @generated
	 */
	boolean isDetermined();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Finding#isDetermined <em>Determined</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Determined</em>' attribute.
	 * @see #isDetermined()
	 * @generated
	 */
	void setDetermined(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getFinding_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // Finding
