package io.mailscope.tools.codegen;

import java.io.File;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse, so the model code can be regenerated from a plain checkout.
 * <p>
 * {@code init} creates the .genmodel from the .ecore (only needed once); {@code gen} regenerates {@code src-gen/}.
 */
public final class GenerateModelCode {

    private static final String BUNDLE = "io.mailscope.model"; //$NON-NLS-1$

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("init", "gen").contains(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$
            System.err.println("usage: GenerateModelCode init|gen <path to bundles/io.mailscope.model>"); //$NON-NLS-1$
            System.exit(2);
        }
        File bundleDir = new File(args[1]).getCanonicalFile();
        EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(bundleDir.getPath() + "/")); //$NON-NLS-1$
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        GeneratorAdapterRegistration.register();

        URI genModelUri = URI.createPlatformResourceURI("/" + BUNDLE + "/model/mailscope.genmodel", true); //$NON-NLS-1$ //$NON-NLS-2$
        if (args[0].equals("init")) { //$NON-NLS-1$
            initialize(resources, genModelUri);
            return;
        }
        GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic result = new Generator() {
            {
                setInput(genModel);
            }
        }.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out));
        if (result.getSeverity() > Diagnostic.WARNING) {
            System.err.println(result);
            System.exit(1);
        }
        System.out.println("generated " + BUNDLE + "/src-gen"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void initialize(ResourceSet resources, URI genModelUri) throws Exception {
        URI ecoreUri = URI.createPlatformResourceURI("/" + BUNDLE + "/model/mailscope.ecore", true); //$NON-NLS-1$ //$NON-NLS-2$
        EPackage ePackage = (EPackage) resources.getResource(ecoreUri, true).getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.setModelDirectory("/" + BUNDLE + "/src-gen"); //$NON-NLS-1$ //$NON-NLS-2$
        genModel.setModelPluginID(BUNDLE);
        genModel.setModelName("Mailscope"); //$NON-NLS-1$
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setComplianceLevel(org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel.JDK80_LITERAL);
        genModel.getForeignModel().add("mailscope.ecore"); //$NON-NLS-1$
        genModel.setImporterID("org.eclipse.emf.importer.ecore"); //$NON-NLS-1$
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage("io.mailscope"); //$NON-NLS-1$
            genPackage.setPrefix("Mailscope"); //$NON-NLS-1$
        }
        Resource resource = resources.createResource(genModelUri);
        resource.getContents().add(genModel);
        resource.save(null);
        System.out.println("created " + genModelUri); //$NON-NLS-1$
    }

    /** Registers the model generator the way the org.eclipse.emf.codegen.ecore plug-in does inside Eclipse. */
    private static final class GeneratorAdapterRegistration {
        static void register() {
            org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                    .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        }
    }
}
