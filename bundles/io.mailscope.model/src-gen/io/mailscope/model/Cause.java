/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One reason a code is reported, with the checks that confirm it and the remedies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Cause#getId <em>Id</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getCategory <em>Category</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getTitle <em>Title</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getDescription <em>Description</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getChecks <em>Checks</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getUserRemedies <em>User Remedies</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getAdminRemedies <em>Admin Remedies</em>}</li>
 *   <li>{@link io.mailscope.model.Cause#getErrorCode <em>Error Code</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getCause()
 * @model
 * @generated
 */
public interface Cause extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable id, e.g. 0x800CCC97.server-bug.hidden-control-message; rules and reports refer to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.mailscope.model.MailscopePackage#getCause_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Cause#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.CauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see io.mailscope.model.CauseCategory
	 * @see #setCategory(CauseCategory)
	 * @see io.mailscope.model.MailscopePackage#getCause_Category()
	 * @model required="true"
	 * @generated
	 */
	CauseCategory getCategory();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Cause#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see io.mailscope.model.CauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(CauseCategory value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.mailscope.model.MailscopePackage#getCause_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Cause#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.mailscope.model.MailscopePackage#getCause_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Cause#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Checks</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checks</em>' attribute list.
	 * @see io.mailscope.model.MailscopePackage#getCause_Checks()
	 * @model
	 * @generated
	 */
	EList<String> getChecks();

	/**
	 * Returns the value of the '<em><b>User Remedies</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Remedies</em>' attribute list.
	 * @see io.mailscope.model.MailscopePackage#getCause_UserRemedies()
	 * @model
	 * @generated
	 */
	EList<String> getUserRemedies();

	/**
	 * Returns the value of the '<em><b>Admin Remedies</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Admin Remedies</em>' attribute list.
	 * @see io.mailscope.model.MailscopePackage#getCause_AdminRemedies()
	 * @model
	 * @generated
	 */
	EList<String> getAdminRemedies();

	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.ErrorCode#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Code</em>' container reference.
	 * @see #setErrorCode(ErrorCode)
	 * @see io.mailscope.model.MailscopePackage#getCause_ErrorCode()
	 * @see io.mailscope.model.ErrorCode#getCauses
	 * @model opposite="causes" transient="false"
	 * @generated
	 */
	ErrorCode getErrorCode();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Cause#getErrorCode <em>Error Code</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' container reference.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(ErrorCode value);

} // Cause
